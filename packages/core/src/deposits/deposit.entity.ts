import { BigIntType, Entity, Index, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/** How a deposit came in: entered through the API, or a line of a bank CSV import. */
export const DEPOSIT_SOURCES = ['api', 'csv'] as const;
export type DepositSource = (typeof DEPOSIT_SOURCES)[number];

/** How a deposit was matched to its remittance: by the matcher (TRN02 trace and exact amount), or by a person. */
export const DEPOSIT_MATCH_METHODS = ['auto', 'manual'] as const;
export type DepositMatchMethod = (typeof DEPOSIT_MATCH_METHODS)[number];

/**
 * Money the bank received — an EFT credit or a check deposited — as the practice's bank statement shows it, and the
 * remittance (835 or EOB) it pays, once matched. A remittance is matched to at most one deposit (the partial unique
 * index). Matches and unmatches are logged in `deposit_match_event`.
 */
@Entity({ tableName: 'deposit' })
@Index({ name: 'deposit_trace_index', properties: ['organizationId', 'traceNumber'] })
@Index({ name: 'deposit_date_index', properties: ['organizationId', 'depositDate'] })
@Unique({
  name: 'deposit_remittance_unique',
  expression: `create unique index "deposit_remittance_unique" on "deposit" ("organization_id", "remittance_id") where "remittance_id" is not null`,
})
export class Deposit extends TenantEntity<'traceNumber' | 'payerName' | 'bankReference' | 'note' | 'remittanceId' | 'matchMethod' | 'matchedAt'> {
  /** The day the bank credited it, YYYY-MM-DD. */
  @Property({ type: 'text', fieldName: 'deposit_date' })
  depositDate!: string;

  /** The amount credited, in cents (negative for a debit such as a recoupment taken from the account). */
  @Property({ type: new BigIntType('number'), fieldName: 'amount_cents' })
  amountCents!: number;

  /** The payment's trace number as the bank reports it (the 835's TRN02: EFT trace or check number). */
  @Property({ type: 'text', fieldName: 'trace_number', nullable: true })
  traceNumber: string | null = null;

  @Property({ type: 'text', fieldName: 'payer_name', nullable: true })
  payerName: string | null = null;

  /** The bank's own reference of the transaction. */
  @Property({ type: 'text', fieldName: 'bank_reference', nullable: true })
  bankReference: string | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'text' })
  source!: DepositSource;

  /** The actor (`type:id`) that entered or imported it. */
  @Property({ type: 'text', fieldName: 'entered_by' })
  enteredBy!: string;

  /** The remittance this deposit pays, once matched. */
  @Property({ type: 'uuid', fieldName: 'remittance_id', nullable: true })
  remittanceId: string | null = null;

  @Property({ type: 'text', fieldName: 'match_method', nullable: true })
  matchMethod: DepositMatchMethod | null = null;

  @Property({ type: 'timestamptz', fieldName: 'matched_at', nullable: true })
  matchedAt: Date | null = null;
}
