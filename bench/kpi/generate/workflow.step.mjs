// Step 6: the claims' audit of work — workflow transitions (as WorkflowService records them: workflow `claim`, the
// record id, event, from and to states, the actor), scrub findings (errors fixed or overridden, warnings), and the
// reopen touches.
import { ACTORS, SCRUB_ERRORS, SCRUB_WARNINGS } from '../practice.profile.mjs';
import { STAGING as S, text } from './sql.helpers.mjs';

const rows = (list) => list.map((row) => `(${row.map(text).join(', ')})`).join(', ');

function transitionsSql(org) {
  const system = ['acknowledge', 'accept', 'reject'];
  const posting = ['adjudicate', 'pay', 'pay-partially', 'deny'];
  return `insert into workflow_transition (id, organization_id, created_at, workflow, record_id, event, from_state, to_state, actor_type, actor_id)
    select ${S}.uid('transition', t.id || ':' || t.family), ${org}, t.at, 'claim', t.id::text, t.event,
           t.from_state, t.to_state,
           case when t.event in (${system.map(text).join(', ')}) then 'system' else 'user' end,
           case when t.event in (${system.map(text).join(', ')}) then ${text(ACTORS.clearinghouse)}
                when t.event in (${posting.map(text).join(', ')}) then ${text(ACTORS.poster)} else ${text(ACTORS.biller)} end
      from ${S}.tr t`;
}

function findingsSql(plan, org) {
  return `insert into claim_scrub_finding (id, organization_id, created_at, claim_id, patient_id, rule, severity, field, message, hint,
                                           overridden_by, override_reason, overridden_at, resolved_at)
    select ${S}.uid('finding', c.key || ':error'), ${org}, c.t_created + ${S}.minutes(2), c.id, e.patient_id,
           f.rule, 'error', f.field, f.message, f.hint,
           case when c.t_override < ${plan.endInstant} then ${text(ACTORS.biller)} end,
           case when c.t_override < ${plan.endInstant} then 'Confirmed with the payer: the plan does not require it for this service' end,
           case when c.t_override < ${plan.endInstant} then c.t_override end,
           case when c.t_fix < ${plan.endInstant} then c.t_fix end
      from ${S}.clm c join ${S}.enc e on e.g = c.g
      join (values ${rows(SCRUB_ERRORS.map((finding, index) => [index + 1, ...finding]))}) as f(n, rule, field, message, hint) on f.n::int = e.error_n
     where c.has_error and c.t_created + ${S}.minutes(2) < ${plan.endInstant}
    union all
    select ${S}.uid('finding', c.key || ':warning'), ${org}, c.t_created + ${S}.minutes(2), c.id, e.patient_id,
           f.rule, 'warning', f.field, f.message, f.hint, null, null, null, null
      from ${S}.clm c join ${S}.enc e on e.g = c.g
      join (values ${rows(SCRUB_WARNINGS.map((finding, index) => [index + 1, ...finding]))}) as f(n, rule, field, message, hint) on f.n::int = e.warning_n
     where c.warn and c.t_created + ${S}.minutes(2) < ${plan.endInstant}`;
}

function touchesSql(plan, org) {
  return `insert into claim_touch (id, organization_id, created_at, claim_id, kind, actor_type, actor_id)
    select ${S}.uid('touch', c.key), ${org}, c.t_reopen, c.id, 'reopen', 'user', ${text(ACTORS.biller)}
      from ${S}.clm c where c.t_reopen < ${plan.endInstant}`;
}

/** Writes workflow transitions, scrub findings and claim touches. */
export async function writeWorkflow(db, plan) {
  const org = `${text(plan.organizationId)}::uuid`;
  await db.query(transitionsSql(org));
  await db.query(findingsSql(plan, org));
  await db.query(touchesSql(plan, org));
}
