import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CORE_CONFIG, type CoreConfig } from '../config/core-config';
import { OrganizationJobScheduler } from '../jobs/organization-job.scheduler';
import { calendarDate } from '../time/calendar-date';
import { FOLLOW_UP_JOB } from './follow-up.service';

/**
 * In processes that run jobs, makes sure each organization's follow-up run of the day (its own time zone) is queued:
 * every `claims.followUpEveryMinutes` it enqueues the run under the key `follow-up:<today>`, once a day.
 */
@Injectable()
export class FollowUpScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly scheduler: OrganizationJobScheduler,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.jobs.work) this.timer = this.scheduler.every(this.config.claims.followUpEveryMinutes, () => this.queueToday());
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Queues today's run of every organization (once per day each); returns how many were new. */
  queueToday(now: Date = new Date()): Promise<number> {
    return this.scheduler.enqueueForEach('claims-follow-up', (organization) => ({
      name: FOLLOW_UP_JOB,
      payload: {},
      idempotencyKey: `follow-up:${calendarDate(now, organization.timeZone)}`,
    }));
  }
}
