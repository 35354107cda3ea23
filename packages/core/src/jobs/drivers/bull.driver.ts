import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import Bull from 'bull';
import type { Logger } from 'pino';
import type { CoreConfig } from '../../config/core-config';
import { Poller } from '../../context/poller';
import type { JobRunner } from '../job-runner';
import { claimDueJobs } from '../job-store';
import type { JobDriver } from './job-driver';

/** The Bull queue every OpenRCM process shares. */
export const BULL_QUEUE_NAME = 'openrcm-jobs';

/** What a Bull job carries: only the id of the job row. */
export interface BullJobData {
  readonly jobId: string;
}

/**
 * The production driver: due jobs are claimed from the job table and handed to Bull on Redis; any worker process
 * takes them from there. Retries and backoff stay with the job table (each retry is a new dispatch), so both drivers
 * retry the same way and a redelivered Bull job is skipped by the runner.
 */
export class BullJobDriver implements JobDriver {
  readonly kind = 'bull';
  readonly queue: Bull.Queue<BullJobData>;
  private readonly poller: Poller;

  constructor(
    private readonly orm: MikroORM,
    private readonly runner: JobRunner,
    redis: NonNullable<CoreConfig['redis']>,
    private readonly config: CoreConfig['jobs'],
    private readonly logger: Logger,
  ) {
    this.queue = new Bull<BullJobData>(BULL_QUEUE_NAME, redis.url, { prefix: redis.prefix });
    this.poller = new Poller('bull-dispatch', config.pollIntervalMs, () => this.dispatch(), logger);
  }

  async start(work: boolean): Promise<void> {
    await this.queue.isReady();
    this.poller.start();
    if (work) {
      void this.queue.process(this.config.concurrency, async (job) => {
        const outcome = await this.runner.run(job.data.jobId);
        if (outcome === 'retry' || outcome === 'failed') this.poller.nudge();
        return outcome;
      });
    }
  }

  nudge(): void {
    this.poller.nudge();
  }

  async stop(): Promise<void> {
    await this.poller.stop();
    await this.queue.close();
  }

  async ping(): Promise<void> {
    await this.queue.client.ping();
  }

  private async dispatch(): Promise<void> {
    await (this.orm.em.fork() as EntityManager).transactional(async (tx) => {
      const claimed = await claimDueJobs(tx, 100, false);
      for (const job of claimed) {
        await this.queue.add(
          { jobId: job.id },
          { jobId: `${job.id}:${job.dispatch_count}`, attempts: 1, removeOnComplete: 1000, removeOnFail: 5000 },
        );
      }
      if (claimed.length > 0) this.logger.debug({ count: claimed.length }, 'jobs dispatched to Bull');
    });
  }
}
