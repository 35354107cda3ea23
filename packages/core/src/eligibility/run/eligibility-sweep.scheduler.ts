import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { systemContext } from '@openrcm/sdk';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { CORE_CONFIG, type CoreConfig } from '../../config/core-config';
import { JobQueue } from '../../jobs/job-queue.service';
import { ROOT_LOGGER } from '../../logging/logger';
import { Organization } from '../../organizations/organization.entity';
import { addDays, calendarDate } from '../../time/calendar-date';
import { ELIGIBILITY_SWEEP_JOB } from './eligibility-sweep';

/**
 * In processes that run jobs, makes sure each organization's eligibility sweep of the day (its own time zone) is
 * queued: every `eligibility.sweepEveryMinutes` it enqueues the sweep under the key `sweep:<today>`, which the job
 * table keeps unique, so any number of processes queue it once a day.
 */
@Injectable()
export class EligibilitySweepScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly orm: MikroORM,
    private readonly jobs: JobQueue,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobs.work) return;
    this.timer = setInterval(() => void this.queueToday(), this.config.eligibility.sweepEveryMinutes * 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Queues today's sweep of every organization (once per day each); returns how many were new. */
  async queueToday(now: Date = new Date()): Promise<number> {
    let queued = 0;
    try {
      const organizations = await this.orm.em.fork().find(Organization, {}, { fields: ['id', 'timeZone'] });
      for (const organization of organizations) {
        const today = calendarDate(now, organization.timeZone);
        const context = systemContext(organization.id, randomUUID(), 'eligibility-sweep');
        const range = { fromDate: addDays(today, 1), toDate: addDays(today, this.config.eligibility.sweepHorizonDays) };
        const job = await this.jobs.enqueue(context, ELIGIBILITY_SWEEP_JOB, range, { idempotencyKey: `sweep:${today}` });
        if (job.created) queued += 1;
      }
    } catch (error) {
      this.logger.error({ err: error }, 'could not queue the eligibility sweeps');
    }
    return queued;
  }
}
