import { BigIntType, Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { LedgerParty } from './ledger.types';

/**
 * One service-line account’s balance (ADR 0015): the sum of its ledger entries folded in so far, and whether one of them
 * is its charge.
 * A rollup, not a record: `LedgerRollupFolder` adds the entries queued in `ledger_entry_unrolled` to it, nothing else
 * writes it, and `openrcm ledger verify` recomputes it. Declared here so that the schema check sees the
 * table; code reads it in SQL (the open A/R) and never writes it through the unit of work.
 */
@Entity({ tableName: 'ledger_account_balance' })
@Unique({
  name: 'ledger_account_balance_key',
  expression: `create unique index "ledger_account_balance_key" on "ledger_account_balance" ("organization_id", "charge_id", "party", "coverage_id", "payer_record_id") nulls not distinct`,
})
export class LedgerAccountBalance {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'uuid', fieldName: 'organization_id' })
  organizationId!: string;

  @Property({ type: 'uuid', fieldName: 'charge_id' })
  chargeId!: string;

  @Property({ type: 'text' })
  party!: Exclude<LedgerParty, 'provider'>;

  @Property({ type: 'uuid', fieldName: 'coverage_id', nullable: true })
  coverageId!: string | null;

  @Property({ type: 'uuid', fieldName: 'payer_record_id', nullable: true })
  payerRecordId!: string | null;

  @Property({ type: new BigIntType('number'), fieldName: 'balance_cents' })
  balanceCents!: number;

  /** One of the account's entries is its charge (the account was opened by billing the line to this party). */
  @Property({ type: 'boolean' })
  charged!: boolean;
}
