import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CORE_CONFIG, type CoreConfig } from '../../config/core-config';
import { OrganizationJobScheduler } from '../../jobs/organization-job.scheduler';
import { addDays, calendarDate } from '../../time/calendar-date';
import { ELIGIBILITY_SWEEP_JOB } from './eligibility-sweep';

/**
 * In processes that run jobs, makes sure each organization's eligibility sweep of the day (its own time zone) is
 * queued: every `eligibility.sweepEveryMinutes` it enqueues the sweep under the key `sweep:<today>`, once a day.
 */
@Injectable()
export class EligibilitySweepScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly scheduler: OrganizationJobScheduler,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.jobs.work) this.timer = this.scheduler.every(this.config.eligibility.sweepEveryMinutes, () => this.queueToday());
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Queues today's sweep of every organization (once per day each); returns how many were new. */
  queueToday(now: Date = new Date()): Promise<number> {
    return this.scheduler.enqueueForEach('eligibility-sweep', (organization) => {
      const today = calendarDate(now, organization.timeZone);
      return {
        name: ELIGIBILITY_SWEEP_JOB,
        payload: { fromDate: addDays(today, 1), toDate: addDays(today, this.config.eligibility.sweepHorizonDays) },
        idempotencyKey: `sweep:${today}`,
      };
    });
  }
}
