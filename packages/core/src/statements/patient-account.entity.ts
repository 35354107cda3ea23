import { Entity, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';
import type { PatientAccountState } from './patient-account.workflow';

/**
 * A patient's account for statements: its workflow state, how many statements the current cycle has sent, the
 * guarantor's consent to statements by email, and a hold an administrator puts on it. Balances are never stored here:
 * they are sums of the patient's ledger entries.
 */
@Entity({ tableName: 'patient_account' })
@Unique({ name: 'patient_account_patient_unique', properties: ['organizationId', 'patientId'] })
export class PatientAccount extends TenantEntity<'state' | 'statementsSent' | 'lastStatementOn' | 'emailConsent' | 'email' | 'holdUntil' | 'holdReason' | 'updatedAt'> {
  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  @Property({ type: 'text' })
  state: PatientAccountState = 'current';

  /** Statements sent in the current cycle (the final notice included); a new balance after `paid` starts again at 0. */
  @Property({ type: 'integer', fieldName: 'statements_sent' })
  statementsSent = 0;

  /** The date of the last statement (organization's calendar), if any. */
  @Property({ type: 'text', fieldName: 'last_statement_on', nullable: true })
  lastStatementOn: string | null = null;

  /** Whether the guarantor consented to receive statements by email. */
  @Property({ type: 'boolean', fieldName: 'email_consent' })
  emailConsent = false;

  /** The address statements are emailed to; when empty, the guarantor's own email on file. */
  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  /** No statement is sent before this date (a hold an administrator set), if any. */
  @Property({ type: 'text', fieldName: 'hold_until', nullable: true })
  holdUntil: string | null = null;

  @Property({ type: 'text', fieldName: 'hold_reason', nullable: true })
  holdReason: string | null = null;

  @Property({ type: 'timestamptz', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
