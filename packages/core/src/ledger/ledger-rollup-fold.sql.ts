import { countedByLineMoney, lineMoneySums } from './ledger-line-money.sql';

/**
 * Adds up to `limit` queued entries (the only binding) to both rollups — `ledger_account_balance` by account,
 * `ledger_line_money` by line — and takes them off the queue, in one statement: `entries` folded, `accounts` and
 * `lines` written. Queue rows another fold has locked are skipped, so folds may run side by side. Each rollup's rows are
 * written in key order, accounts before lines, so two folds adding to the same rows wait for each other, never
 * deadlock.
 */
export const LEDGER_ROLLUP_FOLD = `
  with folded as (
         delete from ledger_entry_unrolled
          where entry_id in (select entry_id from ledger_entry_unrolled limit ? for update skip locked)
          returning entry_id),
       entries as materialized (
         select e.organization_id, e.charge_id, e.party, e.coverage_id, e.payer_record_id, e.amount_cents, e.kind,
                coalesce(o.kind, e.kind) as counted_kind, coalesce(o.group_code, e.group_code) as counted_group
           from ledger_entry e join folded f on f.entry_id = e.id
           left join ledger_entry o on o.id = e.reverses_entry_id),
       accounts as (
         insert into ledger_account_balance as b (organization_id, charge_id, party, coverage_id, payer_record_id, balance_cents, charged)
         select e.organization_id, e.charge_id, e.party, e.coverage_id, e.payer_record_id, sum(e.amount_cents), bool_or(e.kind = 'charge')
           from entries e
          group by e.organization_id, e.charge_id, e.party, e.coverage_id, e.payer_record_id
          order by e.organization_id, e.charge_id, e.party, e.coverage_id, e.payer_record_id
         on conflict (organization_id, charge_id, party, coverage_id, payer_record_id) do update
            set balance_cents = b.balance_cents + excluded.balance_cents, charged = b.charged or excluded.charged
         returning 1),
       lines as (
         insert into ledger_line_money as m (organization_id, charge_id, date_of_service, charge_cents, payment_cents, refund_cents, contractual_cents)
         select e.organization_id, e.charge_id, c.date_of_service, ${lineMoneySums('e.counted_kind', 'e.counted_group')}
           from entries e join charge c on c.id = e.charge_id
          where ${countedByLineMoney('e.counted_kind', 'e.counted_group')}
          group by e.organization_id, e.charge_id, c.date_of_service
          order by e.charge_id
         on conflict (charge_id) do update
            set charge_cents = m.charge_cents + excluded.charge_cents, payment_cents = m.payment_cents + excluded.payment_cents,
                refund_cents = m.refund_cents + excluded.refund_cents, contractual_cents = m.contractual_cents + excluded.contractual_cents
         returning 1)
  select (select count(*) from folded)::int as entries, (select count(*) from accounts)::int as accounts,
         (select count(*) from lines)::int as lines`;
