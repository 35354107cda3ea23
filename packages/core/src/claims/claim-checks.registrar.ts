import { Injectable } from '@nestjs/common';
import { GuardRegistry } from '../workflow/guard-registry';
import { ClaimScrubFindingService } from './claim-scrub-finding.service';
import { CLAIM_SCRUB_CLEAN } from './claim.workflow';
import { CLOSE_READY } from './close/claim-close.checks';
import { ClaimCloseFactsLoader } from './close/claim-close-facts.loader';

/**
 * Registers the claim workflow's guards (in the constructor, so the table validates at boot): `claim-scrub-clean`,
 * and the Close-ready checks, each loading the claim's close facts and evaluating its pure check.
 */
@Injectable()
export class ClaimChecksRegistrar {
  constructor(registry: GuardRegistry, findings: ClaimScrubFindingService, closeFacts: ClaimCloseFactsLoader) {
    registry.register({
      name: CLAIM_SCRUB_CLEAN,
      description: 'The claim has no open error-severity scrub finding (each is fixed by a later scrub or overridden with a reason)',
      check: (context, snapshot) => findings.scrubClean(context, snapshot.entityId),
    });
    for (const check of CLOSE_READY) {
      registry.register({
        name: check.name,
        description: check.description,
        check: async (context, snapshot) => check.evaluate(await closeFacts.load(context, snapshot.entityId)),
      });
    }
  }
}
