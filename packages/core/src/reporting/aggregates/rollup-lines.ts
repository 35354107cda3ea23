import type { SqlFragment } from './sql-fragments';

/**
 * Which service lines the ledger rollups (`ledger_account_balance`, `ledger_line_money`; ADR 0015, ADR 0018) answer
 * for as of an instant. A rollup holds every entry not queued in `ledger_entry_unrolled`, whenever recorded; so a
 * line's rollup rows are its entries recorded by `asOf` exactly when none of its entries was recorded after `asOf` and
 * none is queued. The other lines are summed from their entries recorded by `asOf`: for the present a few lines (what
 * was posted since the last fold), for a distant past much of the ledger.
 */

/**
 * The rollup row aliased `row` (with `charge_id`) answers for its line as of `asOf`: its charge is not among
 * {@link linesSummedFromEntries}. One anti-join with that (small) set: a lookup in the queue per rollup row made the
 * planner, which sees the queue as empty, scan it once per row.
 */
export function rollupAnswersAsOf(row: string, organizationId: string, asOf: Date): SqlFragment {
  const summed = linesSummedFromEntries(organizationId, asOf);
  return { sql: `not exists (select 1 from (${summed.sql}) s where s.charge_id = ${row}.charge_id)`, bindings: summed.bindings };
}

/** The charge ids of the lines the rollups do not answer for as of `asOf` (a select of `charge_id`). */
export function linesSummedFromEntries(organizationId: string, asOf: Date): SqlFragment {
  return {
    sql: `select x.charge_id from ledger_entry x where x.organization_id = ? and x.created_at > ?
          union select u.charge_id from ledger_entry_unrolled u where u.organization_id = ?`,
    bindings: [organizationId, asOf, organizationId],
  };
}
