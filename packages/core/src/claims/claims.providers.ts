import type { Provider } from '@nestjs/common';
import { Claim837PWriter } from './claim-837p.writer';
import { ClaimChecksRegistrar } from './claim-checks.registrar';
import { ClaimScrubFindingService } from './claim-scrub-finding.service';
import { ClaimBuilder } from './claim.builder';
import { ClaimService } from './claim.service';
import { ClaimsController } from './claims.controller';
import { ClaimCloseFactsLoader } from './close/claim-close-facts.loader';
import { ClaimCloseService } from './close/claim-close.service';
import { ClaimScrubber } from './scrub/claim-scrubber.service';
import { ClaimTouchRegistrar } from './scrub/claim-touch.registrar';
import { ScrubInputLoader } from './scrub/scrub-input.loader';
import { ClaimTimelineService } from './timeline/claim-timeline.service';

/** Claims: building, scrubbing, writing the 837P, closing, the timeline, and the checks their gates run. */
export const claimsProviders: Provider[] = [
  ClaimService,
  ClaimScrubFindingService,
  ClaimCloseFactsLoader,
  ClaimChecksRegistrar,
  ClaimCloseService,
  ClaimTimelineService,
  ClaimBuilder,
  Claim837PWriter,
  ScrubInputLoader,
  ClaimScrubber,
  ClaimTouchRegistrar,
];

export const claimsControllers = [ClaimsController];
