import type { ReportParameters } from '@openrcm/sdk';
import { firstAdjudicationsOf } from '../../remittance/claim-first-adjudications.sql';
import type { AggregateFunction, AggregateScope } from './aggregate-scope';
import { CLAIM_COLUMNS, dateOnDates, joinClaim, joinPayer } from './claim-scope.sql';
import { monthOfDate, numberOf, recordedByAsOf, type SqlFragment } from './sql-fragments';
import { sql } from './sql-template';

/** CLP02 4: the payer denied the whole claim. */
const DENIED = '4';

/**
 * The claims first adjudicated in the period (the first claim payment that adjudicated the claim for its own payer,
 * by the remittance's received date — see `claim-first-adjudications.sql.ts` — received on a date of the period), one
 * row each. Columns: the {@link CLAIM_COLUMNS}, `payer_record_id`, `period` (the month received), `charge_cents` (the
 * claim's billed charges), `denied_first` (CLP02 4) and `resolved_first_pass` (not denied, and the claim supersedes no
 * other: it is neither a corrected original of a rejected claim nor a replacement or void). `claim-adjudications`
 * counts these rows and `claim-list` lists them.
 *
 * Read from the rollup `claim_first_adjudication` for every claim whose stored first was recorded by `asOf` (the first
 * of all a claim's payments is also the first of those recorded by then). For a claim whose stored first was recorded
 * after `asOf` (as of the present, none but those of a posting under way; as of a past instant, every claim first
 * answered since), the first among its payments recorded by `asOf` is found from the payments themselves — only when
 * the stored first was received by the period's end, since no payment of the claim was received before it.
 */
export function firstAdjudicatedClaims(scope: AggregateScope, parameters: ReportParameters): SqlFragment {
  const claims = (firsts: SqlFragment) => sql`select ${CLAIM_COLUMNS}, c.payer_record_id, ${monthOfDate('a.received_on')} as period, c.total_charge_cents as charge_cents,
      a.status_code = ${DENIED} as denied_first,
      a.status_code <> ${DENIED} and c.frequency = '1' and c.replaces_claim_id is null as resolved_first_pass
    from (${firsts}) a
    ${joinClaim('a.claim_id', scope, parameters)}
   where ${dateOnDates('a.received_on', parameters.from, parameters.to)}`;
  const stored = sql`select f.claim_id, f.received_on, f.status_code from claim_first_adjudication f
     where f.organization_id = ${scope.organizationId} and ${dateOnDates('f.received_on', parameters.from, parameters.to)} and ${recordedByAsOf('f.recorded_at', scope)}`;
  const recordedLater = sql`rc.claim_id in (select f.claim_id from claim_first_adjudication f
                          where f.organization_id = ${scope.organizationId} and f.recorded_at > ${scope.asOf} and f.received_on <= ${parameters.to})
     and ${recordedByAsOf('rc.created_at', scope)} and ${recordedByAsOf('r.created_at', scope)}`;
  // `firstAdjudicationsOf` has no binding of its own: the condition's bindings are all of them.
  const fromPayments: SqlFragment = { sql: firstAdjudicationsOf('remittance_claim', 'remittance', recordedLater.sql), bindings: recordedLater.bindings };
  return sql`${claims(stored)} union all ${claims(fromPayments)}`;
}

/**
 * `claim-adjudications`: claims first adjudicated, denied on it and resolved on first pass, by month received and payer;
 * counted by month and payer id before the payers' names are joined (see `claim-scrubs`).
 */
export const claimAdjudications: AggregateFunction<'claim-adjudications'> = async (em, scope, parameters) => {
  const query = sql`select g.*, py.name as payer_name
      from (select a.period, a.payer_record_id, count(*) as adjudicated, sum(a.charge_cents) as adjudicated_charge_cents,
              count(*) filter (where a.denied_first) as denied_first, coalesce(sum(a.charge_cents) filter (where a.denied_first), 0) as denied_first_charge_cents,
              count(*) filter (where a.resolved_first_pass) as resolved_first_pass
              from (${firstAdjudicatedClaims(scope, parameters)}) a
             group by a.period, a.payer_record_id) g
      ${joinPayer('g.payer_record_id', scope)}
     order by g.period, py.name, g.payer_record_id`;
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
