// Step 5: the claims. `clm` plans every claim built before the history's end — the original (kind o), the new
// original built after a rejection (c), the frequency 7 replacement (p), the secondary claim (s) — with the instants
// of its workflow events; `tr` lists those events; then the claims (state: the last event's), their lines, the 837P
// batches they went out in, and the claim number sequence.
import { STAGING as S, text } from './sql.helpers.mjs';

const r = (stream, key) => `${S}.r(${stream}, ${key})`;

/** The id of claim `kind` of encounter `g` (SQL expressions). */
export const claimId = (g, kind) => `${S}.uid('claim', ${g} || ':' || ${kind})`;

/** The claim the payer adjudicates: the original, or the new original built after its rejection. */
export const adjudicatedKind = (e) => `case when ${e}.rejected then 'c' else 'o' end`;

function claimPlanSql(plan) {
  const outcomeEvent = `case e.outcome when 'paid' then 'pay' when 'partial' then 'pay-partially' else 'deny' end`;
  const resubmitted = `
    select e.g, 'p', 'primary', e.payer_n, 1, '7', e.t_replace, false, false, false, false, null::timestamptz, null::timestamptz,
           e.t_replace + ${S}.minutes(2), null::timestamptz, e.t_replace + ${S}.minutes(7), e.tp_submit, e.tp_submit + ${S}.minutes(60 + ${r(68, 'e.g')} * 180),
           e.tp_submit + ${S}.minutes(1440 + ${r(69, 'e.g')} * 1440), null::timestamptz, null::timestamptz, e.t_r4, 'pay', null::timestamptz, null::timestamptz,
           null::timestamptz, null::timestamptz, null::timestamptz, ${claimId('e.g', adjudicatedKind('e'))}, null::uuid
      from ${S}.enc e where e.resubmit = 'replacement' and e.t_replace < ${plan.endInstant}
    union all
    select e.g, 's', 'secondary', e.sec_n, 2, '1', e.ts_created, false, false, false, false, null, null,
           e.ts_created + ${S}.minutes(2), null, e.ts_created + ${S}.minutes(7), e.ts_submit, e.ts_submit + ${S}.minutes(60 + ${r(111, 'e.g')} * 180),
           e.ts_submit + ${S}.minutes(1440 + ${r(112, 'e.g')} * 1440), null, null, e.t_r5, 'pay', null, null, null, null, null, null,
           ${claimId('e.g', adjudicatedKind('e'))}
      from ${S}.enc e where e.has_secondary and e.ts_created < ${plan.endInstant}`;
  const columns = `g, kind, coverage_order, payer_n, coverage_n, frequency, t_created, has_error, override, warn, reopen, t_override, t_fix,
                   t_scrub1, t_reopen, t_release, t_submit, t_ack, t_accept, t_reject, t_correct, t_adj, adj_event, t_appeal, t_adj2, t_readj,
                   t_replace, t_close, replaces_claim_id, prior_claim_id`;
  return `create unlogged table ${S}.clm as
    select c.*, c.g || ':' || c.kind as key, ${claimId('c.g', 'c.kind')} as id,
           row_number() over (order by c.t_created, c.g, c.kind) as number
      from (
        select e.g, 'o', 'primary', e.payer_n, 1, '1', e.t_build, e.has_error, e.override, e.warn, e.reopen, e.t_override,
               case when e.has_error and not e.override then e.t_scrub1 end, e.t_scrub1, e.t_reopen, e.t_release, e.t_submit, e.t_ack, e.t_accept,
               e.t_reject, e.t_correct,
               case when not e.rejected then e.t_r1 end, ${outcomeEvent}, case when not e.rejected then e.t_appeal end,
               case when not e.rejected and e.t_appeal is not null then e.t_r2 end, case when not e.rejected and e.resubmit = 'correction' then e.t_r3 end,
               case when not e.rejected then e.t_replace end, case when not e.rejected then e.t_close end, null::uuid, null::uuid
          from ${S}.enc e where not e.self_pay and e.t_build < ${plan.endInstant}
        union all
        select e.g, 'c', 'primary', e.payer_n, 1, '1', e.t_correct, false, false, false, false, null, null,
               e.t_correct + ${S}.minutes(2), null, e.t_correct + ${S}.minutes(7), e.tc_submit, e.tc_submit + ${S}.minutes(60 + ${r(64, 'e.g')} * 180),
               e.tc_submit + ${S}.minutes(1440 + ${r(117, 'e.g')} * 1440), null, null, e.t_r1, ${outcomeEvent}, e.t_appeal,
               case when e.t_appeal is not null then e.t_r2 end, case when e.resubmit = 'correction' then e.t_r3 end, e.t_replace, e.t_close, null, null
          from ${S}.enc e where e.rejected and e.t_correct < ${plan.endInstant}
        union all ${resubmitted}
      ) as c(${columns})`;
}

/** The workflow events of every claim (event, state left and reached, instant, the claim's last or not), up to the history's end. */
function transitionsSql(plan) {
  const event = (name, state, at, when = 'true', order = 0) => (family) =>
    `select id, ${family} as family, ${text(name)} as event, ${text(state)} as to_state, ${at} as at, ${order} as seq from ${S}.clm where ${at} is not null and (${when})`;
  const events = [
    event('scrub', 'scrubbed', 't_scrub1'),
    event('reopen', 'draft', 't_reopen'),
    event('scrub', 'scrubbed', `t_reopen + ${S}.minutes(15)`),
    event('release', 'ready', 't_release'),
    event('submit', 'submitted', 't_submit'),
    event('acknowledge', 'acknowledged', 't_ack'),
    event('accept', 'accepted', 't_accept'),
    event('reject', 'rejected', 't_reject'),
    event('correct', 'corrected', 't_correct'),
    event('adjudicate', 'adjudicated', `t_adj + interval '2 seconds'`),
    event('pay', 'paid', `t_adj + interval '3 seconds'`, `adj_event = 'pay'`),
    event('pay-partially', 'partially-paid', `t_adj + interval '3 seconds'`, `adj_event = 'pay-partially'`),
    event('deny', 'denied', `t_adj + interval '3 seconds'`, `adj_event = 'deny'`),
    event('appeal', 'appealed', 't_appeal'),
    event('adjudicate', 'adjudicated', `t_adj2 + interval '2 seconds'`),
    event('pay', 'paid', `t_adj2 + interval '3 seconds'`, 'true', 1),
    event('adjudicate', 'adjudicated', `t_readj + interval '2 seconds'`),
    event('pay', 'paid', `t_readj + interval '3 seconds'`, 'true', 1),
    event('replace', 'replaced', 't_replace'),
    event('close', 'closed', 't_close'),
  ];
  return `create unlogged table ${S}.tr as
    select t.*, coalesce(lag(t.to_state) over claim_order, 'draft') as from_state, lead(t.at) over claim_order is null as is_last
      from (${events.map((select, family) => select(family)).join('\n union all ')}) t
     where t.at < ${plan.endInstant}
    window claim_order as (partition by t.id order by t.at, t.seq)`;
}

function claimsSql(plan, org) {
  return `insert into claim (id, organization_id, created_at, encounter_id, patient_id, coverage_id, payer_record_id, coverage_order, patient_control_number,
                             frequency, payer_claim_number, replaces_claim_id, total_charge_cents, state, date_of_service, snapshot, updated_at, prior_payer_claim_id)
    select c.id, ${org}, c.t_created, e.encounter_id, e.patient_id, case when c.coverage_n = 1 then e.coverage_id else e.secondary_coverage_id end,
           case when c.coverage_n = 1 then e.payer_id else e.secondary_payer_id end, c.coverage_order, ${S}.pcn(c.number), c.frequency,
           case when c.t_accept < ${plan.endInstant} or c.t_adj < ${plan.endInstant} or c.frequency = '7'
                then lpad(c.payer_n::text, 2, '0') || lpad(((c.number * 2654435761) % 100000000000)::text, 11, '0') end,
           c.replaces_claim_id, e.charge_total, coalesce(last.to_state, 'draft'), e.dos::text, ${text(plan.encrypted.snapshot)},
           coalesce(last.at, c.t_created), c.prior_claim_id
      from ${S}.clm c join ${S}.enc e on e.g = c.g
      left join ${S}.tr last on last.id = c.id and last.is_last`;
}

function claimLinesSql(org) {
  return `insert into claim_line (id, organization_id, created_at, claim_id, charge_id, patient_id, line_number, line_item_control_number, procedure_code,
                                  modifiers, units, unit_type, charge_cents, diagnosis_pointers, date_of_service, place_of_service, rendering_provider_id)
    select ${S}.uid('claim_line', c.key || ':' || l.ln), ${org}, c.t_created, c.id, l.charge_id, e.patient_id,
           l.ln, ${S}.pcn(c.number) || '-' || lpad(l.ln::text, 2, '0'), l.code, l.modifiers, l.units, 'UN', l.charge, '[1]'::jsonb, e.dos::text, '11',
           e.provider_id
      from ${S}.clm c join ${S}.enc e on e.g = c.g join ${S}.line l on l.g = c.g`;
}

function batchesSql(plan, org) {
  return `insert into claim_batch (id, organization_id, created_at, plugin_id, payer_record_id, file_name, interchange_control_number, group_control_number,
                                   claim_ids, state, reference, submitted_at)
    select ${S}.uid('claim_batch', b.payer_n || ':' || b.t_submit), ${org}, b.t_submit - ${S}.minutes(2), 'clearinghouse-generic', ${S}.uid('payer', b.payer_n::text),
           lpad(b.number::text, 9, '0') || '.837p.x12', lpad(b.number::text, 9, '0'), b.number::text, b.claim_ids, 'submitted',
           'CH' || lpad(b.number::text, 9, '0'), b.t_submit
      from (select payer_n, t_submit, jsonb_agg(id::text order by number) as claim_ids, row_number() over (order by t_submit, payer_n) as number
              from ${S}.clm where t_submit < ${plan.endInstant} group by payer_n, t_submit) b`;
}

/** Writes the claims, their lines and 837P batches; leaves `clm` and `tr` for the workflow and remittance steps. */
export async function writeClaims(db, plan) {
  const org = `${text(plan.organizationId)}::uuid`;
  await db.query(claimPlanSql(plan));
  await db.query(`alter table ${S}.clm add primary key (id)`);
  await db.query(`analyze ${S}.clm (id, g, kind)`);
  await db.query(transitionsSql(plan));
  await db.query(claimsSql(plan, org));
  await db.query(claimLinesSql(org));
  await db.query(batchesSql(plan, org));
  await db.query(`update claim_number_sequence set last_value = (select count(*) from ${S}.clm) where organization_id = ${org}`);
}
