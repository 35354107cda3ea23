import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { CoverageService } from '../../coverages/coverage.service';
import { Encounter } from '../../encounters/encounter.entity';
import { JobHandlerRegistry } from '../../jobs/job-handler-registry';
import { currentEntityManager } from '../../persistence/current-entity-manager';
import { ELIGIBILITY_FOLLOW_UP_JOB, EligibilityRunner, type EligibilityFollowUp } from './eligibility-runner.service';
import { ELIGIBILITY_CHECK_JOB, ELIGIBILITY_SWEEP_JOB, EligibilitySweep, type SweepRange } from './eligibility-sweep';

/**
 * Registers the eligibility jobs: the sweep, the check of one visit, and the follow-up of a pending check. Each is
 * idempotent: a visit no longer scheduled, or without a primary coverage, is skipped.
 */
@Injectable()
export class EligibilityJobs {
  constructor(registry: JobHandlerRegistry, orm: MikroORM, runner: EligibilityRunner, sweep: EligibilitySweep, coverages: CoverageService) {
    registry.register(ELIGIBILITY_SWEEP_JOB, async (context, payload) => {
      await sweep.sweep(context, payload as SweepRange);
    });
    registry.register(ELIGIBILITY_CHECK_JOB, async (context, payload) => {
      const { encounterId } = payload as { encounterId: string };
      const visit = await currentEntityManager(orm).findOne(Encounter, { id: encounterId, organizationId: context.organizationId, state: 'scheduled' });
      if (!visit) return;
      const [primary] = await coverages.activeOn(context, visit.patientId, visit.dateOfService);
      if (!primary) return;
      await runner.run(context, { patientId: visit.patientId, coverageId: primary.id, asOfDate: visit.dateOfService, encounterId: visit.id });
    });
    registry.register(ELIGIBILITY_FOLLOW_UP_JOB, async (context, payload) => {
      await runner.followUp(context, payload as EligibilityFollowUp);
    });
  }
}
