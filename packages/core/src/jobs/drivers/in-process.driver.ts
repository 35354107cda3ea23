import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { CoreConfig } from '../../config/core-config';
import { Poller } from '../../context/poller';
import type { JobRunner } from '../job-runner';
import { claimDueJobs, requeueAbandonedJobs } from '../job-store';
import type { JobDriver } from './job-driver';

/**
 * The embedded driver: due jobs are claimed from the job table and run in this process, at most `concurrency` at a
 * time. Jobs survive restarts because the table is their queue.
 */
export class InProcessJobDriver implements JobDriver {
  readonly kind = 'in-process';
  private readonly poller: Poller;
  private readonly active = new Set<Promise<unknown>>();

  constructor(
    private readonly orm: MikroORM,
    private readonly runner: JobRunner,
    private readonly config: CoreConfig['jobs'],
    private readonly logger: Logger,
  ) {
    this.poller = new Poller('in-process-jobs', config.pollIntervalMs, () => this.dispatch(), logger);
  }

  async start(work: boolean): Promise<void> {
    if (!work) return;
    const requeued = await requeueAbandonedJobs(this.orm.em.fork() as EntityManager);
    if (requeued > 0) this.logger.info({ requeued }, 'requeued jobs left running by a previous process');
    this.poller.start();
  }

  nudge(): void {
    this.poller.nudge();
  }

  async stop(): Promise<void> {
    await this.poller.stop();
    await Promise.allSettled([...this.active]);
  }

  async ping(): Promise<void> {}

  private async dispatch(): Promise<void> {
    const free = this.config.concurrency - this.active.size;
    const claimed = await (this.orm.em.fork() as EntityManager).transactional((tx) => claimDueJobs(tx, free, true));
    for (const { id } of claimed) {
      const run = this.runner.run(id).finally(() => {
        this.active.delete(run);
        this.poller.nudge();
      });
      this.active.add(run);
    }
  }
}
