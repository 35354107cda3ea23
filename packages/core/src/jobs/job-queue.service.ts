import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, ValidationError, type RequestContext } from '@openrcm/sdk';
import { CORE_CONFIG, type CoreConfig } from '../config/core-config';
import { findPage, orderByOf, type ListQuery, type Page } from '../http/list-query';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { JOB_DRIVER, type JobDriver } from './drivers/job-driver';
import { JobRecord, type JobStatus } from './job-record.entity';

/** Options of one enqueued job. */
export interface EnqueueJobOptions {
  /** The same key, organization and job name make one job, however often it is enqueued. */
  readonly idempotencyKey: string;
  readonly delayMs?: number;
  readonly maxAttempts?: number;
}

/** Every status a job can be in. */
export const JOB_STATUSES = ['queued', 'running', 'completed', 'failed'] as const satisfies readonly JobStatus[];

const SORTABLE = { createdAt: 'createdAt', runAt: 'runAt' } as const;

/**
 * The job port every service uses: enqueue (inside the caller's transaction when there is one), list, retry.
 * Which driver delivers the jobs is a deployment choice.
 */
@Injectable()
export class JobQueue {
  constructor(
    private readonly orm: MikroORM,
    @Inject(JOB_DRIVER) private readonly driver: JobDriver,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
  ) {}

  /** The request's or transaction's entity manager, so an enqueue inside a transaction commits or rolls back with it. */
  private em() {
    return currentEntityManager(this.orm);
  }

  /** Enqueues a job once per idempotency key; returns its id and whether this call created it. */
  async enqueue(context: RequestContext, name: string, payload: unknown, options: EnqueueJobOptions): Promise<{ id: string; created: boolean }> {
    if (!options.idempotencyKey) throw new ValidationError([{ field: 'idempotencyKey', message: 'is required' }]);
    const record = new JobRecord();
    const inserted: { id: string }[] = await this.em().execute(
      `insert into job_record (id, organization_id, created_at, name, payload, idempotency_key, status, attempts, max_attempts,
         run_at, dispatch_count, correlation_id, updated_at)
       values (?, ?, now(), ?, ?::jsonb, ?, 'queued', 0, ?, now() + (? * interval '1 millisecond'), 0, ?, now())
       on conflict (organization_id, name, idempotency_key) do nothing returning id`,
      [
        record.id,
        context.organizationId,
        name,
        JSON.stringify(payload ?? null),
        options.idempotencyKey,
        options.maxAttempts ?? this.config.jobs.defaultMaxAttempts,
        options.delayMs ?? 0,
        context.correlationId,
      ],
    );
    if (inserted.length > 0) {
      this.driver.nudge();
      return { id: record.id, created: true };
    }
    const existing = await this.em().findOneOrFail(JobRecord, {
      organizationId: context.organizationId,
      name,
      idempotencyKey: options.idempotencyKey,
    });
    return { id: existing.id, created: false };
  }

  list<V>(context: RequestContext, status: JobStatus | undefined, query: ListQuery, toView: (job: JobRecord) => V): Promise<Page<V>> {
    const where = { organizationId: context.organizationId, ...(status ? { status } : {}) };
    return findPage(this.em(), JobRecord, where, query, orderByOf<JobRecord>(query.sort ?? '-createdAt', SORTABLE, { id: 'asc' }), toView);
  }

  async get(context: RequestContext, jobId: string): Promise<JobRecord> {
    const job = await this.em().findOne(JobRecord, { id: jobId, organizationId: context.organizationId });
    if (!job) throw new NotFoundError('job', jobId);
    return job;
  }

  /** Puts a failed job back in the queue with a fresh set of attempts. */
  async retry(context: RequestContext, jobId: string): Promise<JobRecord> {
    const em = this.em();
    const job = await em.findOne(JobRecord, { id: jobId, organizationId: context.organizationId });
    if (!job) throw new NotFoundError('job', jobId);
    if (job.status !== 'failed') throw new ConflictError(`job ${jobId} is ${job.status}; only failed jobs can be retried`);
    job.status = 'queued';
    job.attempts = 0;
    job.runAt = new Date();
    job.dispatchedAt = null;
    await em.flush();
    this.driver.nudge();
    return job;
  }
}
