import type { ReportFilters, ReportParameters } from '@openrcm/sdk';
import type { FirstClaimEvent } from '../../claims/claim-first-events.sql';
import type { AggregateScope } from './aggregate-scope';
import { encounterFilters, instantOnDates, recordedByAsOf, type SqlFragment } from './sql-fragments';
import { NOTHING, raw, sql } from './sql-template';

/**
 * The columns of the joined claim `c` every claim cohort carries besides its own, so the drill-down reads the claim
 * once: `claim_id`, `claim_payer_record_id`, `patient_control_number`, `patient_id`, `date_of_service`, `state` (now)
 * and `total_charge_cents`.
 */
export const CLAIM_COLUMNS = raw(
  'c.id as claim_id, c.payer_record_id as claim_payer_record_id, c.patient_control_number, c.patient_id, c.date_of_service, c.state, c.total_charge_cents',
);

/**
 * Joins the claim `c` whose id is the SQL expression `claimId`, in the scope (its organization, recorded by `asOf`)
 * and under the filters: `payerId` on the claim's payer, `locationId`/`providerId` on its encounter `e` (joined only
 * when one of those is given).
 */
export function joinClaim(claimId: string, scope: AggregateScope, filters: ReportFilters): SqlFragment {
  const byEncounter = filters.locationId !== undefined || filters.providerId !== undefined;
  const payer = filters.payerId ? sql` and c.payer_record_id = ${filters.payerId}` : NOTHING;
  const encounter = byEncounter
    ? sql` join encounter e on e.organization_id = c.organization_id and e.id = c.encounter_id and e.created_at <= ${scope.asOf} and ${encounterFilters('e', filters)}`
    : NOTHING;
  return sql`join claim c on c.organization_id = ${scope.organizationId} and c.id = ${raw(claimId)} and c.created_at <= ${scope.asOf}${payer}${encounter}`;
}

/** Joins the payer `py` whose id is the SQL expression `payerId` (for its name). */
export function joinPayer(payerId: string, scope: AggregateScope): SqlFragment {
  return sql`join payer py on py.organization_id = ${scope.organizationId} and py.id = ${raw(payerId)} and py.created_at <= ${scope.asOf}`;
}

/** `column`, a text calendar date (YYYY-MM-DD), falls from `from` to `to` inclusive. */
export function dateOnDates(column: string, from: string, to: string): SqlFragment {
  return sql`${raw(column)} between ${from} and ${to}`;
}

/**
 * Each claim's first `event` (the claim workflow's transition, the earliest by instant then id), when it was recorded
 * by `asOf` on a date of the period in the scope's time zone: `claim_id` and `created_at`. Read from the rollup
 * `claim_first_event` through its period index: a claim's first event by `asOf` is the stored one when that was
 * recorded by then (transitions are append-only), and there is none otherwise.
 */
export function firstClaimEvents(event: FirstClaimEvent, scope: AggregateScope, parameters: ReportParameters): SqlFragment {
  return sql`select f.claim_id, f.created_at
      from claim_first_event f
     where f.organization_id = ${scope.organizationId} and f.event = ${event}
       and ${instantOnDates('f.created_at', parameters.from, parameters.to, scope)} and ${recordedByAsOf('f.created_at', scope)}`;
}
