import { BigIntType, Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/** What a run did with one account. */
export const STATEMENT_RUN_RESULTS = ['sent', 'skipped', 'failed', 'settled', 'written-off'] as const;
export type StatementRunResult = (typeof STATEMENT_RUN_RESULTS)[number];

/** One account's outcome in a run: sent (with its statement), skipped with the reason, failed with the error, settled (paid), or a small balance written off. */
@Entity({ tableName: 'statement_run_outcome' })
@Index({ name: 'statement_run_outcome_run_index', properties: ['organizationId', 'runId'] })
export class StatementRunOutcome extends TenantEntity<'statementId'> {
  @Property({ type: 'uuid', fieldName: 'run_id' })
  runId!: string;

  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  @Property({ type: 'text' })
  result!: StatementRunResult;

  /** Why: the skip reason, the delivery channel, or the error. */
  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: new BigIntType('number'), fieldName: 'balance_cents' })
  balanceCents!: number;

  @Property({ type: 'uuid', fieldName: 'statement_id', nullable: true })
  statementId: string | null = null;
}
