import type { ReportFilters } from '@openrcm/sdk';
import { pgArray } from '../../persistence/pg-array';
import type { AggregateScope } from './aggregate-scope';

/** A piece of SQL with its positional `?` bindings, in order. */
export interface SqlFragment {
  readonly sql: string;
  readonly bindings: readonly unknown[];
}

/** Joins fragments with `and`, skipping empty ones and `true` (an empty result is `true`). */
export function and(...fragments: readonly SqlFragment[]): SqlFragment {
  const present = fragments.filter((fragment) => fragment.sql !== '' && fragment.sql !== 'true');
  if (present.length === 0) return { sql: 'true', bindings: [] };
  return { sql: present.map((fragment) => `(${fragment.sql})`).join(' and '), bindings: present.flatMap((fragment) => fragment.bindings) };
}

/**
 * `column` (a timestamptz) falls on a calendar date from `from` to `to` inclusive, in the scope's time zone. The bounds
 * are constants, so an index on the column serves the range.
 */
export function instantOnDates(column: string, from: string, to: string, scope: AggregateScope): SqlFragment {
  return {
    sql: `${column} >= (?::date::timestamp at time zone ?) and ${column} < ((?::date + 1)::timestamp at time zone ?)`,
    bindings: [from, scope.timeZone, to, scope.timeZone],
  };
}

/** `column` (a timestamptz) was recorded at or before the run's instant. */
export function recordedByAsOf(column: string, scope: AggregateScope): SqlFragment {
  return { sql: `${column} <= ?`, bindings: [scope.asOf] };
}

/**
 * Joins the month (YYYY-MM) in the scope's time zone of `column`, a timestamptz the query has already bounded to the
 * dates `from` to `to` ({@link instantOnDates}), as `alias.period`: the month's position among the period's months is
 * found by a binary search (`width_bucket`) among the first instants of those months in the zone (computed once per
 * query), and joined to the months' names, listed here. Converting each row's instant to the zone and formatting it
 * (`to_char(… at time zone …)`) cost about half a second per million rows more. Grouped by `alias.period`, a column
 * of a list of known length, the planner expects as many groups as months and can aggregate in parallel; grouped by
 * an expression over the instant, it expected one group per instant and hashed a million rows in one process. A left
 * join (every instant of the period has its month): as an inner join, the planner took it to drop nine rows in ten and
 * looked the claims after it up one by one.
 */
export function joinMonthOfInstant(alias: string, column: string, from: string, to: string, scope: AggregateScope): SqlFragment {
  return {
    sql: `left join unnest(?::text[]) with ordinality ${alias}(period, position)
            on ${alias}.position = width_bucket(${column}, array(select m at time zone ? from generate_series(date_trunc('month', ?::date::timestamp) + interval '1 month', ?::date::timestamp, interval '1 month') m)) + 1`,
    bindings: [pgArray(monthsOfDates(from, to)), scope.timeZone, from, to],
  };
}

/** The months (YYYY-MM) from the month of `from` to the month of `to`, calendar dates (YYYY-MM-DD), in order. */
export function monthsOfDates(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (let name = from.slice(0, 7); name <= last; name = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(name);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
  return months;
}

/** The month (YYYY-MM) of `column`, a text calendar date (YYYY-MM-DD). */
export function monthOfDate(column: string): SqlFragment {
  return { sql: `substr(${column}, 1, 7)`, bindings: [] };
}

/** The location and rendering-provider filters on an encounter row aliased `encounter`. */
export function encounterFilters(encounter: string, filters: ReportFilters): SqlFragment {
  return and(
    filters.locationId ? { sql: `${encounter}.location_id = ?`, bindings: [filters.locationId] } : { sql: '', bindings: [] },
    filters.providerId ? { sql: `${encounter}.rendering_provider_id = ?`, bindings: [filters.providerId] } : { sql: '', bindings: [] },
  );
}

/** Bigint or numeric text from PostgreSQL as a JS number (0 for null). */
export function numberOf(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}
