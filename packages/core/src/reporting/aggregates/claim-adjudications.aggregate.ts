import type { ReportParameters } from '@openrcm/sdk';
import type { AggregateFunction, AggregateScope } from './aggregate-scope';
import { CLAIM_COLUMNS, dateOnDates, joinClaim, joinPayer } from './claim-scope.sql';
import { monthOfDate, numberOf, recordedByAsOf, type SqlFragment } from './sql-fragments';
import { raw, sql } from './sql-template';

/** CLP02 statuses that do not adjudicate a claim: a reversal of an earlier payment (22), predetermination pricing (25). */
const NOT_ADJUDICATIONS = ['22', '25'] as const;
/** CLP02 4: the payer denied the whole claim. */
const DENIED = '4';

/**
 * The claim payment `rc` (of remittance `r`) adjudicates claim `c` for the claim's own payer: matched to it, posted to
 * its coverage (not a crossover payment of the next payer), neither a reversal nor a predetermination, recorded by
 * `asOf`. The coverage test is wrapped in `coalesce`: as a plain join equality beside the claim id, PostgreSQL would
 * estimate the join at one row and probe half a million claims one by one over a year.
 */
function adjudicates(rc: string, r: string, scope: AggregateScope): SqlFragment {
  return sql`${raw(rc)}.match = 'matched' and ${raw(rc)}.status_code not in (${NOT_ADJUDICATIONS[0]}, ${NOT_ADJUDICATIONS[1]})
    and coalesce(${raw(rc)}.coverage_id = c.coverage_id, false) and ${recordedByAsOf(`${rc}.created_at`, scope)} and ${recordedByAsOf(`${r}.created_at`, scope)}`;
}

/**
 * The claims first adjudicated in the period, one row each: the claim's first claim payment (by the remittance's
 * received date, then its posting instant, remittance and CLP position) that {@link adjudicates} it, received on a
 * date of the period. Columns: the {@link CLAIM_COLUMNS}, `payer_record_id`, `period` (the month received),
 * `charge_cents` (the claim's billed charges), `denied_first` (CLP02 4) and `resolved_first_pass` (not denied, and the
 * claim supersedes no other: it is neither a corrected original of a rejected claim nor a replacement or void).
 * `claim-adjudications` counts these rows and `claim-list` lists them.
 */
export function firstAdjudicatedClaims(scope: AggregateScope, parameters: ReportParameters): SqlFragment {
  return sql`select ${CLAIM_COLUMNS}, c.payer_record_id, ${monthOfDate('r.received_on')} as period, c.total_charge_cents as charge_cents,
      rc.status_code = ${DENIED} as denied_first,
      rc.status_code <> ${DENIED} and c.frequency = '1' and c.replaces_claim_id is null as resolved_first_pass
    from remittance_claim rc
    join remittance r on r.organization_id = ${scope.organizationId} and r.id = rc.remittance_id
    ${joinClaim('rc.claim_id', scope, parameters)}
   where rc.organization_id = ${scope.organizationId} and ${dateOnDates('r.received_on', parameters.from, parameters.to)}
     and ${adjudicates('rc', 'r', scope)}
     and not exists (select 1 from remittance_claim pc join remittance pr on pr.organization_id = ${scope.organizationId} and pr.id = pc.remittance_id
                      where pc.organization_id = ${scope.organizationId} and pc.claim_id = rc.claim_id and ${adjudicates('pc', 'pr', scope)}
                        and (pr.received_on, pr.created_at, pc.remittance_id, pc.position) < (r.received_on, r.created_at, rc.remittance_id, rc.position))`;
}

/** `claim-adjudications`: claims first adjudicated, denied on it and resolved on first pass, by month received and payer. */
export const claimAdjudications: AggregateFunction<'claim-adjudications'> = async (em, scope, parameters) => {
  const query = sql`select a.period, a.payer_record_id, py.name as payer_name,
        count(*) as adjudicated, sum(a.charge_cents) as adjudicated_charge_cents,
        count(*) filter (where a.denied_first) as denied_first, coalesce(sum(a.charge_cents) filter (where a.denied_first), 0) as denied_first_charge_cents,
        count(*) filter (where a.resolved_first_pass) as resolved_first_pass
      from (${firstAdjudicatedClaims(scope, parameters)}) a
      ${joinPayer('a.payer_record_id', scope)}
     group by a.period, a.payer_record_id, py.name
     order by a.period, py.name, a.payer_record_id`;
  const rows = await em.execute<Record<'period' | 'payer_record_id' | 'payer_name' | 'adjudicated' | 'adjudicated_charge_cents' | 'denied_first' | 'denied_first_charge_cents' | 'resolved_first_pass', string>[]>(
    query.sql,
    [...query.bindings],
  );
  return rows.map((row) => ({
    period: row.period,
    payerId: row.payer_record_id,
    payerName: row.payer_name,
    adjudicated: numberOf(row.adjudicated),
    adjudicatedChargeCents: numberOf(row.adjudicated_charge_cents),
    deniedFirst: numberOf(row.denied_first),
    deniedFirstChargeCents: numberOf(row.denied_first_charge_cents),
    resolvedFirstPass: numberOf(row.resolved_first_pass),
  }));
};
