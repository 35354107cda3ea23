import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { systemContext } from '@openrcm/sdk';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { ROOT_LOGGER } from '../logging/logger';
import { Organization } from '../organizations/organization.entity';
import { JobQueue, type EnqueueJobOptions } from './job-queue.service';

/** What a schedule reads of an organization. */
export type ScheduledOrganization = Pick<Organization, 'id' | 'timeZone'>;

/** The job one organization gets from a recurring schedule. */
export interface ScheduledJob {
  readonly name: string;
  readonly payload: unknown;
  /** Unique per organization and period (e.g. `sweep:<date>`): the job table keeps it once however many processes queue it. */
  readonly idempotencyKey: string;
  readonly maxAttempts?: number;
}

/**
 * Recurring work for every organization without a scheduler of its own: processes that run jobs call
 * {@link OrganizationJobScheduler.every} with a period, and each tick enqueues one job per organization under a
 * period-scoped idempotency key, so any number of processes queue it once.
 */
@Injectable()
export class OrganizationJobScheduler {
  constructor(
    private readonly orm: MikroORM,
    private readonly jobs: JobQueue,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  /** Runs `tick` every `minutes` (unref'd: it never keeps the process alive); returns the timer to clear on shutdown. */
  every(minutes: number, tick: () => Promise<unknown>): NodeJS.Timeout {
    const timer = setInterval(() => void tick(), minutes * 60_000);
    timer.unref();
    return timer;
  }

  /** Enqueues the job `jobFor` names for each organization; returns how many were new. Failures are logged, not thrown. */
  async enqueueForEach(actorId: string, jobFor: (organization: ScheduledOrganization) => ScheduledJob): Promise<number> {
    let queued = 0;
    try {
      const organizations = await this.orm.em.fork().find(Organization, {}, { fields: ['id', 'timeZone'] });
      for (const organization of organizations) {
        const job = jobFor(organization);
        const options: EnqueueJobOptions = { idempotencyKey: job.idempotencyKey, ...(job.maxAttempts ? { maxAttempts: job.maxAttempts } : {}) };
        const enqueued = await this.jobs.enqueue(systemContext(organization.id, randomUUID(), actorId), job.name, job.payload, options);
        if (enqueued.created) queued += 1;
      }
    } catch (error) {
      this.logger.error({ err: error, actorId }, 'could not queue the scheduled jobs');
    }
    return queued;
  }
}
