import { Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/** What started a statement run. */
export type StatementRunTrigger = 'schedule' | 'manual';

/** What a batching channel answered when the run finished (`StatementChannel.finishRun`): its reference for the batch, or the error. */
export type StatementRunBatch = { readonly channel: string; readonly reference: string } | { readonly channel: string; readonly error: string };

/** The counts of a finished run: statements sent, failures, accounts settled, and skipped accounts by reason. */
export interface StatementRunCounts {
  readonly considered: number;
  readonly sent: number;
  readonly failed: number;
  /** Accounts in a statement cycle that owe nothing any more, marked paid. */
  readonly settled: number;
  /** Accounts whose small balance the policy wrote off. */
  readonly writtenOff: number;
  readonly skipped: Readonly<Record<string, number>>;
  /** One entry per batching channel (the print file), present only when an enabled channel batches. */
  readonly batches?: readonly StatementRunBatch[];
}

/** One statement run of an organization: when, why, who, and (once finished) its counts. */
@Entity({ tableName: 'statement_run' })
@Index({ name: 'statement_run_date_index', properties: ['organizationId', 'runDate'] })
export class StatementRun extends TenantEntity<'finishedAt' | 'counts'> {
  /** The statement date of the run (organization's calendar). */
  @Property({ type: 'text', fieldName: 'run_date' })
  runDate!: string;

  @Property({ type: 'text' })
  trigger!: StatementRunTrigger;

  @Property({ type: 'text', fieldName: 'started_by' })
  startedBy!: string;

  @Property({ type: 'timestamptz', fieldName: 'finished_at', nullable: true })
  finishedAt: Date | null = null;

  @Property({ type: 'jsonb', nullable: true })
  counts: StatementRunCounts | null = null;
}
