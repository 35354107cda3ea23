import { Migration } from '@mikro-orm/migrations';
import { LEDGER_LINE_MONEY_REBUILD } from '../../ledger/ledger-line-money.sql';

/**
 * `ledger_line_money`: each service line's charges, payments, refunds and CO adjustments (reversals netted into the
 * kind they reverse), folded from the queue `ledger_entry_unrolled` with `ledger_account_balance` (ADR 0015, ADR 0018),
 * so that `charge-cohort` (the collection rates) reads one row per line instead of every entry. Keyed by the charge
 * alone, with no other index; pages keep a fifth free so that adding to a line is mostly a HOT update. Filled here
 * from the entries not queued, which is what the rollup holds.
 */
export class Migration20261209100000LedgerLineMoney extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "ledger_line_money" (
      "charge_id" uuid not null primary key,
      "organization_id" uuid not null,
      "date_of_service" text not null,
      "charge_cents" bigint not null,
      "payment_cents" bigint not null,
      "refund_cents" bigint not null,
      "contractual_cents" bigint not null)
      with (fillfactor = 80);`);
    this.addSql(LEDGER_LINE_MONEY_REBUILD);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_line_money";`);
  }
}
