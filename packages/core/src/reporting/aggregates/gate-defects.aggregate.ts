import type { ReportParameters } from '@openrcm/sdk';
import { claimWorkflow } from '../../claims/claim.workflow';
import { encounterWorkflow } from '../../encounters/encounter.workflow';
import { GATE_CHECK_RECORD_TYPE } from '../../gates/gate-defect.recorder';
import type { AggregateFunction, AggregateScope } from './aggregate-scope';
import { encounterFilters, instantOnDates, numberOf, recordedByAsOf, type SqlFragment } from './sql-fragments';
import { NOTHING, sql } from './sql-template';

/**
 * Every occurrence counted, as `check`, `record_type`, `record_id` and `outcome`: each gate defect recorded in the
 * period (`refused` or `excepted`), and each upstream-defect work item the gate's stop-the-line rule opened for a check
 * in the period (`upstream`), attributed to the defect that opened it (the check's latest defect at or before it).
 */
function occurrences(scope: AggregateScope, parameters: ReportParameters): SqlFragment {
  return sql`select g."check", g.record_type, g.record_id, g.outcome
      from gate_defect g
     where g.organization_id = ${scope.organizationId} and ${instantOnDates('g.created_at', parameters.from, parameters.to, scope)}
       and ${recordedByAsOf('g.created_at', scope)}
    union all
    select d."check", d.record_type, d.record_id, 'upstream'
      from work_item w
      cross join lateral (select g."check", g.record_type, g.record_id from gate_defect g
                           where g.organization_id = w.organization_id and g."check" = w.category and g.created_at <= w.created_at
                           order by g.created_at desc, g.id desc limit 1) d
     where w.organization_id = ${scope.organizationId} and w.kind = 'upstream-defect' and w.record_type = ${GATE_CHECK_RECORD_TYPE}
       and ${instantOnDates('w.created_at', parameters.from, parameters.to, scope)} and ${recordedByAsOf('w.created_at', scope)}`;
}

/**
 * With a filter, only occurrences on a claim or an encounter it selects: location and provider through the encounter
 * (a claim's own), the payer through the claim (an encounter's defects come before it has one, so a payer filter
 * leaves them out). Records of other workflows have neither, and are left out too.
 */
function filtered(scope: AggregateScope, parameters: ReportParameters): SqlFragment {
  const { locationId, providerId, payerId } = parameters;
  if (!locationId && !providerId && !payerId) return NOTHING;
  return sql`left join claim c on o.record_type = ${claimWorkflow.name} and c.organization_id = ${scope.organizationId}
        and c.id = case when o.record_type = ${claimWorkflow.name} then o.record_id::uuid end and ${recordedByAsOf('c.created_at', scope)}
      join encounter e on e.organization_id = ${scope.organizationId} and ${recordedByAsOf('e.created_at', scope)}
        and e.id = coalesce(c.encounter_id, case when o.record_type = ${encounterWorkflow.name} then o.record_id::uuid end)
        and ${encounterFilters('e', parameters)}${payerId ? sql` and c.payer_record_id = ${payerId}` : NOTHING}`;
}

/** `gate-defects`: transitions refused, passed by exception, and upstream-defect work items opened, by check and workflow. */
export const gateDefects: AggregateFunction<'gate-defects'> = async (em, scope, parameters) => {
  const query = sql`select o."check", o.record_type,
        count(*) filter (where o.outcome = 'refused') as refused,
        count(*) filter (where o.outcome = 'excepted') as excepted,
        count(*) filter (where o.outcome = 'upstream') as upstream_work_items
      from (${occurrences(scope, parameters)}) o
      ${filtered(scope, parameters)}
     group by o."check", o.record_type
     order by o."check", o.record_type`;
  const rows = await em.execute<Record<'check' | 'record_type' | 'refused' | 'excepted' | 'upstream_work_items', string>[]>(query.sql, [...query.bindings]);
  return rows.map((row) => ({
    check: row.check,
    recordType: row.record_type,
    refused: numberOf(row.refused),
    excepted: numberOf(row.excepted),
    upstreamWorkItems: numberOf(row.upstream_work_items),
  }));
};
