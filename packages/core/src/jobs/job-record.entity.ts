import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';
import { LIST_INDEXES } from '../persistence/migrations/list-indexes';

/** Where a job stands. */
export type JobStatus = 'queued' | 'running' | 'completed' | 'failed';

/**
 * A job: the database is its source of truth whichever driver delivers it, so failed jobs are listed and retried the
 * same way on both, and a completed job is never applied again.
 */
@Entity({ tableName: 'job_record' })
@Unique({ name: 'job_record_idempotency_unique', properties: ['organizationId', 'name', 'idempotencyKey'] })
@Index({ name: 'job_record_due_index', properties: ['status', 'runAt'] })
@Index({ name: 'job_record_list_index', expression: LIST_INDEXES.jobRecordList })
export class JobRecord extends TenantEntity<
  'status' | 'attempts' | 'runAt' | 'dispatchedAt' | 'dispatchCount' | 'lastError' | 'completedAt' | 'updatedAt'
> {
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'json' })
  payload!: unknown;

  @Property({ type: 'text', fieldName: 'idempotency_key' })
  idempotencyKey!: string;

  @Property({ type: 'text' })
  status: JobStatus = 'queued';

  @Property({ type: 'integer' })
  attempts = 0;

  @Property({ type: 'integer', fieldName: 'max_attempts' })
  maxAttempts!: number;

  @Property({ type: 'timestamptz', fieldName: 'run_at' })
  runAt: Date = new Date();

  /** When the dispatcher last handed the job to its driver; null while waiting for dispatch. */
  @Property({ type: 'timestamptz', fieldName: 'dispatched_at', nullable: true })
  dispatchedAt: Date | null = null;

  @Property({ type: 'integer', fieldName: 'dispatch_count' })
  dispatchCount = 0;

  @Property({ type: 'text', fieldName: 'last_error', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'text', fieldName: 'correlation_id' })
  correlationId!: string;

  @Property({ type: 'timestamptz', fieldName: 'completed_at', nullable: true })
  completedAt: Date | null = null;

  @Property({ type: 'timestamptz', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
