import { Injectable } from '@nestjs/common';
import { GuardRegistry } from '../workflow/guard-registry';
import { ClaimScrubFindingService } from './claim-scrub-finding.service';
import { CLAIM_SCRUB_CLEAN } from './claim.workflow';

/** Registers the claim workflow's `claim-scrub-clean` guard (in the constructor, so the table validates at boot). */
@Injectable()
export class ClaimChecksRegistrar {
  constructor(registry: GuardRegistry, findings: ClaimScrubFindingService) {
    registry.register({
      name: CLAIM_SCRUB_CLEAN,
      description: 'The claim has no open error-severity scrub finding (each is fixed by a later scrub or overridden with a reason)',
      check: (context, snapshot) => findings.scrubClean(context, snapshot.entityId),
    });
  }
}
