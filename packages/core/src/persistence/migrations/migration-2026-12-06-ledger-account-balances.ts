import { Migration } from '@mikro-orm/migrations';
import { LEDGER_ACCOUNT_BALANCES_REBUILD } from '../../ledger/ledger-account-balances.sql';

/**
 * `ledger_account_balance`: each service-line account's (charge, party, coverage, payer) balance and whether a charge
 * entry opened it — a rollup of `ledger_entry` kept by a statement trigger in the transaction that inserts the entries
 * (ADR 0015), so the open A/R reads one row per account instead of grouping every entry; and
 * `ledger_entry_recorded_index`, by which it finds the lines whose entries changed after the instant it is run as of.
 * The ledger stays append-only and the source of truth: `openrcm ledger verify` recomputes every row. The rollup's only
 * indexes are its account key (unique) and its id, and it leaves room in each page (fillfactor 80), so that adding to a
 * balance can rewrite the row in its page without touching an index (a HOT update). Every insert into the ledger pays for the
 * upsert (BENCHMARKS.md, remittance).
 */
export class Migration20261206100000LedgerAccountBalances extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "ledger_account_balance" (
      "id" uuid not null default gen_random_uuid() primary key,
      "organization_id" uuid not null,
      "charge_id" uuid not null,
      "party" text not null,
      "coverage_id" uuid null,
      "payer_record_id" uuid null,
      "balance_cents" bigint not null,
      "charged" boolean not null)
      with (fillfactor = 80);`);
    this.addSql(`create unique index "ledger_account_balance_key" on "ledger_account_balance" ("organization_id", "charge_id", "party", "coverage_id", "payer_record_id") nulls not distinct;`);
    this.addSql(`create index "ledger_entry_recorded_index" on "ledger_entry" ("organization_id", "created_at");`);
    this.addSql(`create function ledger_account_balance_add() returns trigger language plpgsql as $$
      begin
        insert into ledger_account_balance as b (organization_id, charge_id, party, coverage_id, payer_record_id, balance_cents, charged)
        select organization_id, charge_id, party, coverage_id, payer_record_id, sum(amount_cents), bool_or(kind = 'charge')
          from new_entries
         where party in ('payer', 'patient') and charge_id is not null
         group by organization_id, charge_id, party, coverage_id, payer_record_id
         order by organization_id, charge_id, party, coverage_id, payer_record_id
        on conflict (organization_id, charge_id, party, coverage_id, payer_record_id) do update
           set balance_cents = b.balance_cents + excluded.balance_cents,
               charged = b.charged or excluded.charged;
        return null;
      end $$;`);
    this.addSql(`create trigger ledger_entry_account_balance after insert on "ledger_entry"
      referencing new table as new_entries for each statement execute function ledger_account_balance_add();`);
    this.addSql(LEDGER_ACCOUNT_BALANCES_REBUILD);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists ledger_entry_account_balance on "ledger_entry";`);
    this.addSql(`drop function if exists ledger_account_balance_add();`);
    this.addSql(`drop table if exists "ledger_account_balance";`);
    this.addSql(`drop index if exists "ledger_entry_recorded_index";`);
  }
}
