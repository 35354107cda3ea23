import { BigIntType, Entity, Index, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';
import type { LedgerEntryKind, LedgerParty, LedgerSource } from './ledger.types';

/**
 * One append-only ledger entry (DESIGN §4): balances are sums of these, never stored counters. The account is the
 * service line (`chargeId`) owed by one party — a coverage's payer (`coverageId`) or the patient; provider-level
 * entries (PLB) have no service line. A database trigger refuses UPDATE and DELETE: a correction is a `reversal` entry
 * naming the entry it negates. Each encounter charge is charged once (the partial unique index).
 */
@Entity({ tableName: 'ledger_entry' })
@Index({ name: 'ledger_entry_account_index', properties: ['organizationId', 'chargeId', 'coverageId'] })
@Index({ name: 'ledger_entry_claim_index', properties: ['organizationId', 'claimId'] })
@Index({ name: 'ledger_entry_patient_index', properties: ['organizationId', 'patientId', 'party'] })
@Index({ name: 'ledger_entry_payer_index', properties: ['organizationId', 'payerRecordId'] })
@Index({ name: 'ledger_entry_source_index', properties: ['organizationId', 'sourceId'] })
@Index({ name: 'ledger_entry_recorded_index', properties: ['organizationId', 'createdAt'] })
@Unique({
  name: 'ledger_entry_one_charge_unique',
  expression: `create unique index "ledger_entry_one_charge_unique" on "ledger_entry" ("organization_id", "charge_id") where "kind" = 'charge'`,
})
@Unique({
  name: 'ledger_entry_reversed_once_unique',
  expression: `create unique index "ledger_entry_reversed_once_unique" on "ledger_entry" ("reverses_entry_id") where "reverses_entry_id" is not null`,
})
export class LedgerEntry extends TenantEntity<
  | 'chargeId'
  | 'patientId'
  | 'coverageId'
  | 'payerRecordId'
  | 'claimId'
  | 'claimLineId'
  | 'groupCode'
  | 'reasonCode'
  | 'sourceId'
  | 'sourceItemId'
  | 'reversesEntryId'
  | 'transferId'
  | 'reference'
  | 'memo'
> {
  @Property({ type: 'text' })
  kind!: LedgerEntryKind;

  /** The signed effect on the account's balance, in cents (a payment of $10 is −1000). */
  @Property({ type: new BigIntType('number'), fieldName: 'amount_cents' })
  amountCents!: number;

  @Property({ type: 'text' })
  party!: LedgerParty;

  /** The encounter charge (service line) this entry's account belongs to; null on the provider-level account. */
  @Property({ type: 'uuid', fieldName: 'charge_id', nullable: true })
  chargeId: string | null = null;

  @Property({ type: 'uuid', fieldName: 'patient_id', nullable: true })
  patientId: string | null = null;

  /** The coverage that owes the account when `party` is `payer`. */
  @Property({ type: 'uuid', fieldName: 'coverage_id', nullable: true })
  coverageId: string | null = null;

  /** The payer (for payer accounts, and for provider-level entries the payer that made them). */
  @Property({ type: 'uuid', fieldName: 'payer_record_id', nullable: true })
  payerRecordId: string | null = null;

  @Property({ type: 'uuid', fieldName: 'claim_id', nullable: true })
  claimId: string | null = null;

  @Property({ type: 'uuid', fieldName: 'claim_line_id', nullable: true })
  claimLineId: string | null = null;

  /** CAS group code (CO, PR, OA, PI) of an adjustment or transfer; the PLB reason of a provider-level entry or (WO) a recoupment. */
  @Property({ type: 'text', fieldName: 'group_code', nullable: true })
  groupCode: string | null = null;

  /** CARC of an adjustment or transfer. */
  @Property({ type: 'text', fieldName: 'reason_code', nullable: true })
  reasonCode: string | null = null;

  @Property({ type: 'text' })
  source!: LedgerSource;

  /** The remittance (or other source record) that produced the entry. */
  @Property({ type: 'uuid', fieldName: 'source_id', nullable: true })
  sourceId: string | null = null;

  /** The item of the source: a remittance claim, service line or provider adjustment. */
  @Property({ type: 'uuid', fieldName: 'source_item_id', nullable: true })
  sourceItemId: string | null = null;

  @Property({ type: 'uuid', fieldName: 'reverses_entry_id', nullable: true })
  reversesEntryId: string | null = null;

  /** Pairs the two entries of a transfer. */
  @Property({ type: 'uuid', fieldName: 'transfer_id', nullable: true })
  transferId: string | null = null;

  /** A reference a person needs: a check number, a PLB reference. */
  @Property({ type: 'text', nullable: true })
  reference: string | null = null;

  @Property({ type: 'text', nullable: true })
  memo: string | null = null;

  /** The accounting date (check or posting date), YYYY-MM-DD. */
  @Property({ type: 'text', fieldName: 'effective_date' })
  effectiveDate!: string;

  /** The actor (user, API key or `system`) that posted it. */
  @Property({ type: 'text', fieldName: 'posted_by' })
  postedBy!: string;
}
