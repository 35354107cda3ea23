import type { ReportFilters, ReportParameters } from '@openrcm/sdk';
import { claimWorkflow, type ClaimEvent } from '../../claims/claim.workflow';
import type { AggregateScope } from './aggregate-scope';
import { encounterFilters, instantOnDates, recordedByAsOf, type SqlFragment } from './sql-fragments';
import { NOTHING, raw, sql } from './sql-template';

/** The claim events whose first occurrence reports read (the partial index covers exactly these). */
export const FIRST_CLAIM_EVENTS = ['scrub', 'submit'] as const satisfies readonly ClaimEvent[];
export type FirstClaimEvent = (typeof FIRST_CLAIM_EVENTS)[number];

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

/** The workflow transition `alias` is a claim's `event` in the organization (as constants, so the partial index applies). */
function claimEvent(alias: string, event: FirstClaimEvent, scope: AggregateScope): SqlFragment {
  return sql`${raw(alias)}.organization_id = ${scope.organizationId} and ${raw(alias)}.workflow = ${claimWorkflow.name} and ${raw(alias)}.event = ${event}`;
}

/**
 * Each claim's first `event` (the claim workflow's transition, the earliest by instant then id), when it was recorded
 * by `asOf` on a date of the period in the scope's time zone: `record_id` (the claim's id as text) and `created_at`.
 * Both the period's transitions and the earlier ones it checks against are read from the partial index
 * `workflow_transition_claim_first_index` alone.
 */
export function firstClaimEvents(event: FirstClaimEvent, scope: AggregateScope, parameters: ReportParameters): SqlFragment {
  return sql`select t.record_id, t.created_at
      from workflow_transition t
     where ${claimEvent('t', event, scope)} and ${instantOnDates('t.created_at', parameters.from, parameters.to, scope)} and ${recordedByAsOf('t.created_at', scope)}
       and not exists (select 1 from workflow_transition p
                        where ${claimEvent('p', event, scope)} and p.record_id = t.record_id and (p.created_at, p.id) < (t.created_at, t.id))`;
}
