import { LockMode, MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { systemContext } from '@openrcm/sdk';
import type { Logger } from 'pino';
import { CORE_CONFIG, type CoreConfig } from '../config/core-config';
import { ROOT_LOGGER } from '../logging/logger';
import { writePendingReads } from '../audit/audit-reads';
import { runInAuditScope } from '../audit/audit-scope';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { JobHandlerRegistry } from './job-handler-registry';
import { JobRecord } from './job-record.entity';

/** What became of one delivery of a job. */
export type JobOutcome = 'completed' | 'skipped' | 'retry' | 'failed';

const MAX_ERROR_LENGTH = 2000;

/**
 * Runs one delivery of a job: locks its row, skips it when it already completed (a redelivery), runs the handler in
 * the same transaction that marks it completed — so its database effect is applied exactly once — and on error
 * records the attempt and either schedules a retry with exponential backoff or marks the job failed.
 */
@Injectable()
export class JobRunner {
  constructor(
    private readonly orm: MikroORM,
    private readonly registry: JobHandlerRegistry,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  async run(jobId: string): Promise<JobOutcome> {
    let name = 'unknown';
    try {
      return await this.fork().transactional(async (tx) => {
        const job = await tx.findOne(JobRecord, jobId, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!job || job.status === 'completed' || job.status === 'failed') return 'skipped';
        name = job.name;
        const handler = this.registry.resolve(job.organizationId, job.name);
        if (!handler) throw new Error(`no handler is registered for job "${job.name}"`);
        const context = systemContext(job.organizationId, job.correlationId, `job:${job.name}`);
        await runInAuditScope(context, null, async (scope) => {
          await handler(context, job.payload);
          await writePendingReads(tx, scope);
        });
        job.status = 'completed';
        job.attempts += 1;
        job.completedAt = new Date();
        job.lastError = null;
        return 'completed';
      });
    } catch (error) {
      return this.recordFailure(jobId, name, error);
    }
  }

  private async recordFailure(jobId: string, name: string, error: unknown): Promise<JobOutcome> {
    const message = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, MAX_ERROR_LENGTH);
    return this.fork().transactional(async (tx) => {
      const job = await tx.findOneOrFail(JobRecord, jobId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      job.attempts += 1;
      job.lastError = message;
      const final = job.attempts >= job.maxAttempts;
      this.logger.warn({ jobId, job: name, attempt: job.attempts, final }, 'job attempt failed');
      if (final) {
        job.status = 'failed';
        tx.create(OutboxEvent, {
          organizationId: job.organizationId,
          name: 'job.failed',
          payload: { organizationId: job.organizationId, jobId: job.id, jobName: job.name },
          correlationId: job.correlationId,
        });
        return 'failed';
      }
      job.status = 'queued';
      job.dispatchedAt = null;
      job.runAt = new Date(Date.now() + this.config.jobs.backoffMs * 2 ** (job.attempts - 1));
      return 'retry';
    });
  }

  private fork(): EntityManager {
    return this.orm.em.fork() as EntityManager;
  }
}
