import type { ReportParameters } from '@openrcm/sdk';
import type { AggregateFunction, AggregateScope } from './aggregate-scope';
import { CLAIM_COLUMNS, firstClaimEvents, joinClaim, joinPayer } from './claim-scope.sql';
import { joinMonthOfInstant, numberOf, recordedByAsOf, type SqlFragment } from './sql-fragments';
import { sql } from './sql-template';

/**
 * The claims first scrubbed in the period (the claim workflow's first `scrub` transition, on a date of the period),
 * one row each: the {@link CLAIM_COLUMNS}, `payer_record_id`, `period` (the month of the first scrub) and `clean` — no
 * error-severity scrub finding was ever recorded on the claim (resolved and overridden ones included) and no manual
 * touch (a reopen), both as of `asOf`. `claim-scrubs` counts these rows and `claim-list` lists them. The claims with
 * a finding or a touch are joined as sets (not looked up claim by claim), which keeps a drill-down on unclean claims
 * over a year a hash join.
 */
export function firstScrubbedClaims(scope: AggregateScope, parameters: ReportParameters): SqlFragment {
  return sql`select ${CLAIM_COLUMNS}, c.payer_record_id, period_month.period,
      erred.claim_id is null and touched.claim_id is null as clean
    from (${firstClaimEvents('scrub', scope, parameters)}) t
    ${joinMonthOfInstant('period_month', 't.created_at', parameters.from, parameters.to, scope)}
    ${joinClaim('t.claim_id', scope, parameters)}
    left join (select distinct f.claim_id from claim_scrub_finding f
                where f.organization_id = ${scope.organizationId} and f.severity = 'error' and ${recordedByAsOf('f.created_at', scope)}) erred on erred.claim_id = c.id
    left join (select distinct h.claim_id from claim_touch h
                where h.organization_id = ${scope.organizationId} and ${recordedByAsOf('h.created_at', scope)}) touched on touched.claim_id = c.id`;
}

/**
 * `claim-scrubs`: claims first scrubbed, and of those the clean ones, by month of the first scrub and payer. The claims
 * are counted by month and payer id before the payers' names are joined: grouped by the name too, the planner expected
 * as many groups as claims and sorted them all.
 */
export const claimScrubs: AggregateFunction<'claim-scrubs'> = async (em, scope, parameters) => {
  const query = sql`select g.period, g.payer_record_id, py.name as payer_name, g.scrubbed, g.clean
      from (select s.period, s.payer_record_id, count(*) as scrubbed, count(*) filter (where s.clean) as clean
              from (${firstScrubbedClaims(scope, parameters)}) s
             group by s.period, s.payer_record_id) g
      ${joinPayer('g.payer_record_id', scope)}
     order by g.period, py.name, g.payer_record_id`;
  const rows = await em.execute<{ period: string; payer_record_id: string; payer_name: string; scrubbed: string; clean: string }[]>(query.sql, [...query.bindings]);
  return rows.map((row) => ({ period: row.period, payerId: row.payer_record_id, payerName: row.payer_name, scrubbed: numberOf(row.scrubbed), clean: numberOf(row.clean) }));
};
