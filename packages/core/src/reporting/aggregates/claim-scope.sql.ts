import type { ReportFilters, ReportParameters } from '@openrcm/sdk';
import { claimWorkflow, type ClaimEvent } from '../../claims/claim.workflow';
import type { AggregateScope } from './aggregate-scope';
import { encounterFilters, instantOnDates, recordedByAsOf, type SqlFragment } from './sql-fragments';
import { NOTHING, raw, sql } from './sql-template';

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
 * The workflow transition `t` is a claim's first `event` (the earliest by instant, then id), recorded by `asOf`, on a
 * date of the period in the scope's time zone.
 */
export function firstClaimEvent(event: ClaimEvent, scope: AggregateScope, parameters: ReportParameters): SqlFragment {
  return sql`t.organization_id = ${scope.organizationId} and t.workflow = ${claimWorkflow.name} and t.event = ${event}
    and ${instantOnDates('t.created_at', parameters.from, parameters.to, scope)} and ${recordedByAsOf('t.created_at', scope)}
    and not exists (select 1 from workflow_transition p where p.organization_id = t.organization_id and p.workflow = t.workflow
                       and p.record_id = t.record_id and p.event = t.event and (p.created_at, p.id) < (t.created_at, t.id))`;
}
