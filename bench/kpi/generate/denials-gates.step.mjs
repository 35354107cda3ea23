// Step 9: the work the history left — denials counted per line with their category (claim_denial) and routed to a
// denial work item per claim; gate defects of the encounter gates (refused, or passed by exception with an exception
// work item); and the upstream-defect work items stop-the-line opened when a check failed, or a payer denied a
// procedure for the same reason, for a second record within the 30-day window.
import { GATE_DEFECTS, PAYERS } from '../practice.profile.mjs';
import { STAGING as S, text } from './sql.helpers.mjs';
import { remittanceId } from './remittances.step.mjs';

const WINDOW_DAYS = 30;
const CHECK_OWNERS = { 'eligibility-verified': 'front-desk', 'authorization-confirmed': 'front-desk', 'registration-complete': 'front-desk', 'documentation-signed': 'coder', 'codes-valid': 'coder', 'patient-responsibility-communicated': 'front-desk', 'medical-necessity': 'coder' };
const owners = `(values ${Object.entries(CHECK_OWNERS).map(([check, role]) => `(${text(check)}, ${text(role)})`).join(', ')}) as owner(check_name, role)`;
const WORK_ITEM_COLUMNS = 'id, organization_id, created_at, kind, title, category, record_type, record_id, patient_id, owner_role, due_date, priority, state, resolution_note, opened_by, updated_at';

function denialsSql() {
  return `create unlogged table ${S}.denial as
    select c.key, c.g, l.ln, c.claim_id, k.key as claim_key, ${S}.uid('claim_line', k.key || ':' || l.ln) as claim_line_id, e.patient_id, c.payer_n, c.received_on,
           ${S}.posted_at(c.payer_n, c.received_on) as posted, l.code, l.charge, d.group_code, d.reason, d.category, d.upstream_check, d.owner_role, d.remark,
           e.t_appeal, e.t_write_off, ${S}.pcn(k.number) as pcn
      from ${S}.clp c join ${S}.clm k on k.id = c.claim_id join ${S}.enc e on e.g = c.g join ${S}.denial_ref d on d.n = e.denial_n
      join ${S}.line l on l.g = c.g and (c.status_code = '4' or (e.outcome = 'partial' and l.ln = e.partial_line))
     where c.key like '%:a1' and (c.status_code = '4' or e.outcome = 'partial')`;
}

function claimDenialsSql(org) {
  return `insert into claim_denial (id, organization_id, created_at, claim_id, claim_line_id, line_key, patient_id, payer_record_id, remittance_id, received_on,
                                    procedure_code, group_code, reason_code, remark_codes, amount_cents, category, work_item_id)
    select ${S}.uid('claim_denial', d.key || ':' || d.ln), ${org}, d.posted + ${S}.minutes(1), d.claim_id, d.claim_line_id, d.claim_line_id::text,
           d.patient_id, ${S}.uid('payer', d.payer_n::text), ${remittanceId('d.payer_n', 'd.received_on')}::text, d.received_on::text,
           d.code, d.group_code, d.reason, case when d.remark = '' then '[]'::jsonb else jsonb_build_array(d.remark) end, d.charge, d.category,
           ${S}.uid('work_item', 'denial:' || d.key)
      from ${S}.denial d`;
}

function denialWorkItemsSql(plan, org) {
  const end = plan.endInstant;
  return `insert into work_item (${WORK_ITEM_COLUMNS})
    select ${S}.uid('work_item', 'denial:' || d.key), ${org}, d.posted + ${S}.minutes(1), 'denial',
           'Denied (' || d.category || '): claim ' || d.pcn || ' — ' || string_agg('line ' || d.ln || ' ' || d.group_code || '-' || d.reason, '; ' order by d.ln),
           d.category, 'claim', d.claim_id::text, d.patient_id, d.owner_role,
           (d.received_on + p.appeal_limit_days)::text, 2,
           case when d.t_appeal < ${end} or d.t_write_off < ${end} then 'closed' else 'open' end,
           case when d.t_appeal < ${end} then 'Appealed with a letter' when d.t_write_off < ${end} then 'Written off' end,
           'system', case when d.t_appeal < ${end} then d.t_appeal when d.t_write_off < ${end} then d.t_write_off else d.posted + ${S}.minutes(1) end
      from ${S}.denial d join payer p on p.id = ${S}.uid('payer', d.payer_n::text)
     group by d.key, d.posted, d.category, d.pcn, d.claim_id, d.patient_id, d.owner_role, d.received_on, p.appeal_limit_days, d.t_appeal, d.t_write_off`;
}

function gateDefectsSql(plan) {
  const defects = `(values ${GATE_DEFECTS.map((defect, index) => `(${index + 1}, ${text(defect.check)}, ${text(defect.event)}, ${text(defect.outcome)}, ${text(defect.reason)})`).join(', ')})
                   as d(n, check_name, event, outcome, reason)`;
  return `create unlogged table ${S}.defect as
    select e.g, e.encounter_id, e.patient_id, d.check_name, d.event, d.outcome, d.reason,
           e.t_charge + ${S}.minutes(case when d.event = 'code' then 1 else 5 end + ${S}.r(57, e.g) * 4) as at
      from ${S}.enc e join ${defects} on d.n = e.defect_n
     where e.t_charge + ${S}.minutes(case when d.event = 'code' then 1 else 5 end + ${S}.r(57, e.g) * 4) < ${plan.endInstant}`;
}

function gateRowsSql(plan, org) {
  const end = plan.endInstant;
  return [
    `insert into gate_defect (id, organization_id, created_at, "check", record_type, record_id, event, outcome, failure_reason)
      select ${S}.uid('gate_defect', d.g::text), ${org}, d.at, d.check_name, 'encounter', d.encounter_id::text, d.event, d.outcome, d.reason
        from ${S}.defect d`,
    `insert into work_item (${WORK_ITEM_COLUMNS})
      select ${S}.uid('work_item', 'exception:' || d.g), ${org}, d.at, 'exception',
             'Follow up: check ''' || d.check_name || ''' passed by exception for encounter ' || d.encounter_id, d.check_name, 'encounter',
             d.encounter_id::text, d.patient_id, owner.role, null, 2,
             case when d.at + interval '7 days' < ${end} then 'closed' else 'open' end,
             case when d.at + interval '7 days' < ${end} then 'Estimate given at the next visit' end, 'bench-front-desk',
             case when d.at + interval '7 days' < ${end} then d.at + interval '7 days' else d.at end
        from ${S}.defect d join ${owners} on owner.check_name = d.check_name where d.outcome = 'excepted'`,
  ];
}

/** Stop the line: the second distinct record failing in a window opens the item; it is resolved two to four weeks later. */
function upstreamItemsSql(plan, org) {
  const end = plan.endInstant;
  const start = `${text(plan.start)}::date`;
  const payerNames = `(values ${PAYERS.map((payer) => `(${payer.n}, ${text(payer.name)})`).join(', ')}) as payer(n, name)`;
  const item = (source) => `
    select x.id, ${org}, x.at, 'upstream-defect', x.title, x.category, x.record_type, x.record_id, null::uuid, x.role, null, 3,
           case when x.at + ${S}.days(14 + (x.bucket % 15)) < ${end} then 'resolved' else 'open' end,
           case when x.at + ${S}.days(14 + (x.bucket % 15)) < ${end} then 'Fixed the step before the gate' end, 'system',
           case when x.at + ${S}.days(14 + (x.bucket % 15)) < ${end} then x.at + ${S}.days(14 + (x.bucket % 15)) else x.at end
      from (${source}) x where x.nth = 2`;
  const gateChecks = `
    select ${S}.uid('work_item', 'gate:' || d.check_name || ':' || b.bucket) as id, d.at + interval '1 second' as at, b.bucket, d.check_name as category,
           'gate-check' as record_type, d.check_name as record_id, owner.role,
           'Fix upstream: check ''' || d.check_name || ''' failed for 2 records within ${WINDOW_DAYS} days' as title,
           row_number() over (partition by d.check_name, b.bucket order by d.at, d.g) as nth
      from ${S}.defect d cross join lateral (select (${S}.local_date(d.at) - ${start}) / ${WINDOW_DAYS} as bucket) b
      join ${owners} on owner.check_name = d.check_name`;
  const patterns = `
    select ${S}.uid('work_item', 'pattern:' || f.payer_n || ':' || f.reason || ':' || f.code || ':' || f.bucket) as id, f.posted + ${S}.minutes(2) as at, f.bucket,
           coalesce(f.upstream_check, f.category) as category, 'denial-pattern' as record_type,
           ${S}.uid('payer', f.payer_n::text) || '/' || f.reason || '/' || f.code as record_id, f.owner_role as role,
           'Fix upstream: ' || payer.name || ' denied ' || f.code || ' with CARC ' || f.reason || ' (' || f.category || ') on 2 claims within ${WINDOW_DAYS} days.' as title,
           row_number() over (partition by f.payer_n, f.reason, f.code, f.bucket order by f.posted, f.claim_id) as nth
      from (select distinct on (d.payer_n, d.reason, d.code, d.claim_id) d.*, (d.received_on - ${start}) / ${WINDOW_DAYS} as bucket
              from ${S}.denial d order by d.payer_n, d.reason, d.code, d.claim_id, d.posted) f
      join ${payerNames} on payer.n = f.payer_n`;
  return `insert into work_item (${WORK_ITEM_COLUMNS}) ${item(gateChecks)} union all ${item(patterns)}`;
}

/** Writes claim denials, denial and exception work items, gate defects and upstream-defect work items. */
export async function writeDenialsAndGates(db, plan) {
  const org = `${text(plan.organizationId)}::uuid`;
  await db.query(denialsSql());
  await db.query(claimDenialsSql(org));
  await db.query(denialWorkItemsSql(plan, org));
  await db.query(gateDefectsSql(plan));
  for (const statement of gateRowsSql(plan, org)) await db.query(statement);
  await db.query(upstreamItemsSql(plan, org));
}
