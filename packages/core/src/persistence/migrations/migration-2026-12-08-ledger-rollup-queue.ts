import { Migration } from '@mikro-orm/migrations';

/**
 * The rollup `ledger_account_balance` is no longer kept in the statement that inserts the entries: that upsert was about
 * a quarter of remittance posting (BENCHMARKS.md). Each INSERT's or COPY's service-line entries are queued instead in
 * `ledger_entry_unrolled` (a row per entry), and the folder (`LedgerRollupFolder`) adds the queued entries to the
 * rollup in the background and removes them from the queue in the same statement. A reader sums a line's entries while
 * any of them is queued, so every balance is exact whether or not the fold has run (ADR 0018).
 * The rollup is current when this runs (the trigger it replaces kept it), so the queue starts empty.
 */
export class Migration20261208100000LedgerRollupQueue extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop trigger if exists ledger_entry_account_balance on "ledger_entry";`);
    this.addSql(`drop function if exists ledger_account_balance_add();`);
    this.addSql(`create table "ledger_entry_unrolled" (
      "entry_id" uuid not null primary key,
      "organization_id" uuid not null,
      "charge_id" uuid not null);`);
    this.addSql(`create function ledger_entry_queue_unrolled() returns trigger language plpgsql as $$
      begin
        insert into ledger_entry_unrolled (entry_id, organization_id, charge_id)
        select id, organization_id, charge_id from new_entries
         where party in ('payer', 'patient') and charge_id is not null;
        return null;
      end $$;`);
    this.addSql(`create trigger ledger_entry_unrolled_queue after insert on "ledger_entry"
      referencing new table as new_entries for each statement execute function ledger_entry_queue_unrolled();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists ledger_entry_unrolled_queue on "ledger_entry";`);
    this.addSql(`drop function if exists ledger_entry_queue_unrolled();`);
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
    // The queued entries go into the rollup before the queue goes, so the trigger restored finds it current.
    this.addSql(`insert into ledger_account_balance as b (organization_id, charge_id, party, coverage_id, payer_record_id, balance_cents, charged)
      select e.organization_id, e.charge_id, e.party, e.coverage_id, e.payer_record_id, sum(e.amount_cents), bool_or(e.kind = 'charge')
        from ledger_entry e join ledger_entry_unrolled u on u.entry_id = e.id
       group by e.organization_id, e.charge_id, e.party, e.coverage_id, e.payer_record_id
      on conflict (organization_id, charge_id, party, coverage_id, payer_record_id) do update
         set balance_cents = b.balance_cents + excluded.balance_cents, charged = b.charged or excluded.charged;`);
    this.addSql(`drop table if exists "ledger_entry_unrolled";`);
    this.addSql(`create trigger ledger_entry_account_balance after insert on "ledger_entry"
      referencing new table as new_entries for each statement execute function ledger_account_balance_add();`);
  }
}
