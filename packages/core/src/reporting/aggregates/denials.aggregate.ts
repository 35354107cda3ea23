import type { ReportParameters } from '@openrcm/sdk';
import type { AggregateFunction, AggregateScope } from './aggregate-scope';
import { CLAIM_COLUMNS, dateOnDates, joinClaim, joinPayer } from './claim-scope.sql';
import { monthOfDate, numberOf, recordedByAsOf, type SqlFragment } from './sql-fragments';
import { NOTHING, sql } from './sql-template';

/**
 * The denials received in the period (`claim_denial`: each denial adjustment of a claim line, or of the claim, counted
 * once per remittance when its denials were routed; reversals are not denials), recorded by `asOf`, one row each:
 * the {@link CLAIM_COLUMNS}, `payer_record_id` (the payer that denied: the claim's, or the next payer's on a crossover
 * payment), `period` (the month received), `category`, `line` (the denied line or claim in its remittance) and
 * `amount_cents`.
 * The `payerId` filter reads the payer that denied; `category` keeps one category. `denials` counts these rows and
 * `claim-list` lists their claims.
 */
export function deniedAdjustments(scope: AggregateScope, parameters: ReportParameters, category?: string): SqlFragment {
  const { payerId, ...claimFilters } = parameters;
  return sql`select ${CLAIM_COLUMNS}, d.payer_record_id, ${monthOfDate('d.received_on')} as period, d.category,
      d.remittance_id || '/' || d.claim_id || '/' || d.line_key as line, d.amount_cents
    from claim_denial d
    ${joinClaim('d.claim_id', scope, claimFilters)}
   where d.organization_id = ${scope.organizationId} and ${dateOnDates('d.received_on', parameters.from, parameters.to)}
     and ${recordedByAsOf('d.created_at', scope)}${payerId ? sql` and d.payer_record_id = ${payerId}` : NOTHING}${category !== undefined ? sql` and d.category = ${category}` : NOTHING}`;
}

/** `denials`: distinct claims, denied lines and denied cents by month received, payer and category. */
export const denials: AggregateFunction<'denials'> = async (em, scope, parameters) => {
  const query = sql`select d.period, d.payer_record_id, py.name as payer_name, d.category,
        count(distinct d.claim_id) as claims, count(distinct d.line) as lines, sum(d.amount_cents) as amount_cents
      from (${deniedAdjustments(scope, parameters)}) d
      ${joinPayer('d.payer_record_id', scope)}
     group by d.period, d.payer_record_id, py.name, d.category
     order by d.period, py.name, d.payer_record_id, d.category`;
  const rows = await em.execute<Record<'period' | 'payer_record_id' | 'payer_name' | 'category' | 'claims' | 'lines' | 'amount_cents', string>[]>(query.sql, [...query.bindings]);
  return rows.map((row) => ({
    period: row.period,
    payerId: row.payer_record_id,
    payerName: row.payer_name,
    category: row.category,
    claims: numberOf(row.claims),
    lines: numberOf(row.lines),
    amountCents: numberOf(row.amount_cents),
  }));
};
