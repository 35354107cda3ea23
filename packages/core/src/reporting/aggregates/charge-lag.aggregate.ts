import type { ReportParameters } from '@openrcm/sdk';
import { CONVERSION_PRICE_SOURCE } from '../../conversion/open-ar-encounter.writer';
import type { AggregateFunction, AggregateScope } from './aggregate-scope';
import { firstClaimEvents, joinClaim } from './claim-scope.sql';
import { encounterFilters, instantOnDates, joinMonthOfInstant, numberOf, recordedByAsOf, type SqlFragment } from './sql-fragments';
import { NOTHING, sql } from './sql-template';

/**
 * Charges entered in the period (their creation, on a date of the period), by month: how many, and the sum of the days
 * from each one's date of service to the calendar date it was entered (in the scope's time zone). A charge voided by
 * `asOf` is left out (the charge entered again in its place counts), and so are the charges the open A/R conversion
 * brought in (entered by the previous system). Filters: location and provider through the encounter; the payer as the
 * payer of the encounter's primary claim recorded by `asOf` (charges not billed yet have none).
 */
function chargesEntered(scope: AggregateScope, parameters: ReportParameters): SqlFragment {
  const { locationId, providerId, payerId } = parameters;
  const payer = payerId
    ? sql` and exists (select 1 from claim pc where pc.organization_id = e.organization_id and pc.encounter_id = e.id and pc.coverage_order = 'primary'
                         and pc.payer_record_id = ${payerId} and ${recordedByAsOf('pc.created_at', scope)})`
    : NOTHING;
  const encounter =
    locationId || providerId || payerId
      ? sql`join encounter e on e.organization_id = ch.organization_id and e.id = ch.encounter_id and ${recordedByAsOf('e.created_at', scope)}
          and ${encounterFilters('e', parameters)}${payer}`
      : NOTHING;
  return sql`select period_month.period, count(*) as charges,
        sum((ch.created_at at time zone ${scope.timeZone})::date - ch.date_of_service::date) as charge_lag_days, 0 as claims_submitted, 0 as days_to_submit
      from charge ch
      ${joinMonthOfInstant('period_month', 'ch.created_at', parameters.from, parameters.to, scope)}
      ${encounter}
     where ch.organization_id = ${scope.organizationId} and ${instantOnDates('ch.created_at', parameters.from, parameters.to, scope)}
       and ${recordedByAsOf('ch.created_at', scope)} and (ch.voided_at is null or ch.voided_at > ${scope.asOf})
       and ch.price_source <> ${CONVERSION_PRICE_SOURCE}
     group by 1`;
}

/**
 * Claims first submitted in the period (the claim workflow's first `submit` transition: an open A/R conversion's
 * claims arrive by `import` and are not counted), by month: how many, and the sum of the days from each claim's date
 * of service to the calendar date of its first submission.
 */
function claimsSubmitted(scope: AggregateScope, parameters: ReportParameters): SqlFragment {
  return sql`select period_month.period, 0 as charges, 0 as charge_lag_days, count(*) as claims_submitted,
        sum((t.created_at at time zone ${scope.timeZone})::date - c.date_of_service::date) as days_to_submit
      from (${firstClaimEvents('submit', scope, parameters)}) t
      ${joinMonthOfInstant('period_month', 't.created_at', parameters.from, parameters.to, scope)}
      ${joinClaim('t.claim_id', scope, parameters)}
     group by 1`;
}

/** `charge-lag`: charges entered and claims first submitted, with their days from the date of service, by month. */
export const chargeLag: AggregateFunction<'charge-lag'> = async (em, scope, parameters) => {
  const query = sql`select x.period, sum(x.charges) as charges, sum(x.charge_lag_days) as charge_lag_days,
        sum(x.claims_submitted) as claims_submitted, sum(x.days_to_submit) as days_to_submit
      from (${chargesEntered(scope, parameters)} union all ${claimsSubmitted(scope, parameters)}) x
     group by x.period
     order by x.period`;
  const rows = await em.execute<Record<'period' | 'charges' | 'charge_lag_days' | 'claims_submitted' | 'days_to_submit', string>[]>(query.sql, [...query.bindings]);
  return rows.map((row) => ({
    period: row.period,
    charges: numberOf(row.charges),
    chargeLagDays: numberOf(row.charge_lag_days),
    claimsSubmitted: numberOf(row.claims_submitted),
    daysToSubmit: numberOf(row.days_to_submit),
  }));
};
