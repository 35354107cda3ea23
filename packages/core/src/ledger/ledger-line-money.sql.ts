/**
 * The rollup `ledger_line_money` (ADR 0015): one row per service line with a counted entry — a charge, payment,
 * refund or CO adjustment, or the reversal of one — holding the sums by kind in the ledger's signs, a reversal counted
 * against the kind and CAS group of the entry it reverses (as `charge-cohort` counts them). Folded from the queue
 * `ledger_entry_unrolled` with `ledger_account_balance` (`LEDGER_ROLLUP_FOLD`); it holds exactly the entries not
 * queued.
 */

/** The kind and CAS group an entry counts as (entry `e`, the entry it reverses `o`, left-joined). */
const COUNTED_KIND = 'coalesce(o.kind, e.kind)';
const COUNTED_GROUP = 'coalesce(o.group_code, e.group_code)';

/** Whether an entry whose counted kind and group are `kind` and `group` (SQL) is one the rollup counts. */
export function countedByLineMoney(kind: string, group: string): string {
  return `(${kind} in ('charge', 'payment', 'refund') or (${kind} = 'adjustment' and ${group} = 'CO'))`;
}

/** The rollup's four sums over entries `e` whose counted kind and group are `kind` and `group` (SQL). */
export function lineMoneySums(kind: string, group: string): string {
  return `coalesce(sum(e.amount_cents) filter (where ${kind} = 'charge'), 0) as charge_cents,
          coalesce(sum(e.amount_cents) filter (where ${kind} = 'payment'), 0) as payment_cents,
          coalesce(sum(e.amount_cents) filter (where ${kind} = 'refund'), 0) as refund_cents,
          coalesce(sum(e.amount_cents) filter (where ${kind} = 'adjustment' and ${group} = 'CO'), 0) as contractual_cents`;
}

/** The rollup's rows computed from the entries (`ledger_entry` aliased `e`, narrowed by `%ENTRIES%`), grouped by line. */
const LINES_FROM_ENTRIES = `
  select e.organization_id, e.charge_id, c.date_of_service, ${lineMoneySums(COUNTED_KIND, COUNTED_GROUP)}
    from ledger_entry e
    left join ledger_entry o on o.id = e.reverses_entry_id
    join charge c on c.id = e.charge_id
   where e.charge_id is not null and ${countedByLineMoney(COUNTED_KIND, COUNTED_GROUP)} and %ENTRIES%
   group by e.organization_id, e.charge_id, c.date_of_service`;

/** Fills an empty `ledger_line_money` from every entry not queued (the migration's backfill; the KPI bench's bulk load). */
export const LEDGER_LINE_MONEY_REBUILD = `insert into ledger_line_money (organization_id, charge_id, date_of_service, charge_cents, payment_cents, refund_cents, contractual_cents)
  ${LINES_FROM_ENTRIES.replace('%ENTRIES%', 'not exists (select 1 from ledger_entry_unrolled u where u.entry_id = e.id)')}`;

/**
 * The lines of one organization (the only binding, used twice) whose rollup row differs from their entries not queued
 * — missing, left over, another date of service or another sum — each as its charge id.
 */
export const LEDGER_LINE_MONEY_MISMATCHES = `
  select coalesce(e.charge_id, m.charge_id)::text as id
    from (${LINES_FROM_ENTRIES.replace('%ENTRIES%', 'e.organization_id = ? and not exists (select 1 from ledger_entry_unrolled u where u.entry_id = e.id)')}) e
    full join (select * from ledger_line_money where organization_id = ?) m on m.charge_id = e.charge_id
   where e.charge_id is null or m.charge_id is null or m.date_of_service <> e.date_of_service
      or m.charge_cents <> e.charge_cents or m.payment_cents <> e.payment_cents
      or m.refund_cents <> e.refund_cents or m.contractual_cents <> e.contractual_cents`;
