import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { CORE_CONFIG, type CoreConfig } from '../../config/core-config';
import { CoverageService } from '../../coverages/coverage.service';
import { Encounter } from '../../encounters/encounter.entity';
import { JobQueue } from '../../jobs/job-queue.service';
import { currentEntityManager } from '../../persistence/current-entity-manager';
import { Payer } from '../../payers/payer.entity';
import { EligibilityService } from '../eligibility.service';

/** The job that checks one scheduled visit's primary coverage. */
export const ELIGIBILITY_CHECK_JOB = 'eligibility.check';
/** The job that queues a check for every scheduled visit in a date range. */
export const ELIGIBILITY_SWEEP_JOB = 'eligibility.sweep';

/** The visits a sweep covers (calendar dates, inclusive). */
export interface SweepRange {
  readonly fromDate: string;
  readonly toDate: string;
}

/** What a sweep did. */
export interface SweepSummary {
  readonly visits: number;
  readonly queued: number;
  /** Coverages checked within the configured number of days. */
  readonly skippedRecentlyChecked: number;
  /** Visits without an active coverage, and payers with neither an eligibility plugin nor a clearinghouse. */
  readonly skippedNotCheckable: number;
}

/**
 * The eligibility sweep: for every scheduled (not yet checked-in) visit in the range, queue one `eligibility.check`
 * job for its primary coverage, unless that coverage was checked (with an answer) within the configured days or its
 * payer has neither an eligibility plugin nor a clearinghouse. Each check runs in its own job, so one payer's outage holds up nothing else.
 */
@Injectable()
export class EligibilitySweep {
  constructor(
    private readonly orm: MikroORM,
    private readonly coverages: CoverageService,
    private readonly eligibility: EligibilityService,
    private readonly jobs: JobQueue,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
  ) {}

  async sweep(context: RequestContext, range: SweepRange): Promise<SweepSummary> {
    const em = currentEntityManager(this.orm);
    const visits = await em.find(
      Encounter,
      { organizationId: context.organizationId, state: 'scheduled', selfPay: false, dateOfService: { $gte: range.fromDate, $lte: range.toDate } },
      { orderBy: { dateOfService: 'asc', id: 'asc' } },
    );
    const recentSince = new Date(Date.now() - this.config.eligibility.skipCheckedWithinDays * 86_400_000);
    let queued = 0;
    let skippedRecentlyChecked = 0;
    let skippedNotCheckable = 0;
    for (const visit of visits) {
      const [primary] = await this.coverages.activeOn(context, visit.patientId, visit.dateOfService);
      const payer = primary ? await em.findOne(Payer, { organizationId: context.organizationId, id: primary.payerRecordId }) : null;
      if (!primary || !(payer?.eligibilityPluginId || payer?.clearinghousePluginId)) {
        skippedNotCheckable += 1;
        continue;
      }
      const lastChecked = await this.eligibility.lastCheckedAt(context, primary.id);
      if (lastChecked && lastChecked >= recentSince) {
        skippedRecentlyChecked += 1;
        continue;
      }
      const job = await this.jobs.enqueue(context, ELIGIBILITY_CHECK_JOB, { encounterId: visit.id }, { idempotencyKey: `${visit.id}:${primary.id}:${visit.dateOfService}` });
      if (job.created) queued += 1;
    }
    return { visits: visits.length, queued, skippedRecentlyChecked, skippedNotCheckable };
  }
}
