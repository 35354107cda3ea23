import { Injectable } from '@nestjs/common';
import { GuardRegistry } from '../../workflow/guard-registry';
import { CODING_READY } from './coding-ready.checks';
import { EncounterFactsLoader } from './encounter-facts.loader';
import { READY_TO_BILL } from './ready-to-bill.checks';

/**
 * Registers the Coding-ready and Ready-to-bill checks as workflow guards (in the constructor, so the encounter table
 * validates at boot); each loads the encounter's facts and evaluates its pure check.
 */
@Injectable()
export class EncounterChecksRegistrar {
  constructor(registry: GuardRegistry, loader: EncounterFactsLoader) {
    for (const check of [...CODING_READY, ...READY_TO_BILL]) {
      registry.register({
        name: check.name,
        description: check.description,
        check: async (context, snapshot) => check.evaluate(await loader.load(context, snapshot.entityId)),
      });
    }
  }
}
