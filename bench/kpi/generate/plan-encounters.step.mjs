// Step 2: the plan of every patient and encounter (staging tables `pat` and `enc_a`): who the patient is and who
// covers them, and for each visit its date, lines, and the instant of everything that happens to it and its claims —
// charge entry, claim build, scrub, release, 837P batch, 999, 277CA, the payers' 835s, appeals, corrections,
// replacements, the secondary claim, the patient's statement payment. Instants after the history's end are kept in
// the plan; the writing steps leave out what had not happened yet.
//
// Random streams: `r(n, g)` with n in 1–69 and 110–127 for encounters (key g), `r(n, p)` with n in 90–109 for patients.
import { DENIAL_REASONS, GATE_DEFECTS, MEDICAID_PAYER, MEDICARE_PAYER, MEDIGAP_PAYER, PAYERS, SCRUB_ERRORS, SCRUB_WARNINGS } from '../practice.profile.mjs';
import { STAGING as S, date, layered, weighted } from './sql.helpers.mjs';

const r = (stream, key = 'g') => `${S}.r(${stream}, ${key})`;
const primaryPayers = PAYERS.filter((payer) => payer.weight > 0).map((payer) => [payer.n, payer.weight]);
const commercialPayers = PAYERS.filter((payer) => (payer.filing === 'CI' || payer.filing === 'BL') && payer.weight > 0).map((payer) => payer.n);
/** `column` holds the number of a commercial primary payer. */
const isCommercial = (column) => `${column} in (${commercialPayers.join(', ')})`;

/** Patients: self-pay or their primary payer, a secondary for some, their home location, sex and age. */
function patientsSql(plan) {
  return `create unlogged table ${S}.pat as
    select b.*,
           case when b.payer_n = ${MEDICARE_PAYER} and ${r(92, 'b.p')} < 0.3 then ${MEDIGAP_PAYER}
                when ${isCommercial('b.payer_n')} and ${r(92, 'b.p')} < 0.04 then ${MEDICAID_PAYER}
           end as sec_n,
           (${date(plan.end)} - make_interval(years => case when b.payer_n = ${MEDICARE_PAYER} then 65 + floor(${r(95, 'b.p')} * 26)::int
                                                        when b.payer_n = ${MEDICAID_PAYER} then floor(${r(95, 'b.p')} * 45)::int
                                                        else 1 + floor(${r(95, 'b.p')} * 63)::int end)
                              - make_interval(days => floor(${r(96, 'b.p')} * 365)::int))::date as birth_date
      from (select p, ${r(90, 'p')} < 0.04 as self_pay,
                   case when ${r(90, 'p')} < 0.04 then null else ${weighted(r(91, 'p'), primaryPayers)} end as payer_n,
                   1 + floor(${r(93, 'p')} * 3)::int as location_n,
                   case when ${r(94, 'p')} < 0.54 then 'F' else 'M' end as sex
              from generate_series(1, ${plan.patients}) p) b`;
}

/** The draws of each encounter (no instants yet). */
function drawsSql(plan) {
  const start = date(plan.start);
  const end = date(plan.end);
  return `select d.*, pt.payer_n, pt.sec_n, pt.self_pay, pt.location_n,
           (pt.location_n - 1) * 3 + 2 + floor(${r(4)} * 3)::int as provider_n,
           ${weighted(r(5), [[1, 50], [2, 35], [3, 15]])} as n_lines,
           480 + floor(${r(6)} * 510) as m0,
           ${weighted(r(8), [['0', 45], ['1', 25], ['2', 12], ['3', 7], [`4 + floor(${r(9)} * 4)::int`, 8], [`8 + floor(${r(9)} * 13)::int`, 3]])} as lag_charge,
           ${weighted(r(10), [['0', 70], ['1', 20], [`2 + floor(${r(11)} * 3)::int`, 10]])} as lag_bill,
           case when pt.self_pay then 0
                when pt.payer_n = ${MEDICAID_PAYER} and ${r(12)} < 0.3 then 300
                when ${isCommercial('pt.payer_n')} and ${r(12)} < 0.6 then (array[2000, 2500, 3000, 4000, 5000])[1 + floor(${r(13)} * 5)::int]
                else 0 end as copay,
           not pt.self_pay and ((${isCommercial('pt.payer_n')} and extract(month from d.dos) <= 4 and ${r(14)} < 0.35)
                                or (pt.payer_n = ${MEDICARE_PAYER} and extract(month from d.dos) <= 2 and ${r(14)} < 0.3)) as deductible,
           ${r(15)} < 0.4 as coinsurance,
           ${r(16)} as u_pos,
           ${weighted(r(18), [["'card'", 60], ["'cash'", 25], ["'check'", 15]])} as pos_method,
           ${r(19)} < 0.09 as has_error, ${r(20)} < 0.35 as override, ${r(21)} < 0.12 as warn, ${r(22)} < 0.03 as reopen,
           1 + floor(${r(23)} * ${SCRUB_ERRORS.length})::int as error_n, 1 + floor(${r(23)} * ${SCRUB_WARNINGS.length})::int as warning_n,
           ${r(26)} < 0.025 as rejected, ${r(27)} < 0.95 as accept277,
           floor(${r(31)} * 12)::int + case when ${r(32)} < 0.05 then 20 + floor(${r(33)} * 30)::int else 0 end as lag_extra,
           ${r(34)} as u_outcome,
           ${weighted(r(35), DENIAL_REASONS.map((reason, index) => [index + 1, reason.weight]))} as denial_n,
           ${r(36)} as u_partial_line, ${r(37)} < 0.4 as appeal, ${r(40)} as u_write_off, ${r(42)} as u_resubmit,
           ${r(46)} < 0.85 as sec_full,
           ${weighted(r(47), [["'full'", 62], ["'half'", 13], ["'none'", 25]])} as statement,
           ${r(50)} < 0.015 as overpay, 500 + floor(${r(51)} * 1500)::int as overpay_cents, ${r(53)} < 0.4 as bad_debt,
           ${weighted(r(56), [...GATE_DEFECTS.map((defect, index) => [index + 1, defect.rate * 1000]), ['null', 1000 - GATE_DEFECTS.reduce((sum, defect) => sum + defect.rate * 1000, 0)]])} as defect_n,
           1 + floor(${r(58)} * 15)::int as diagnosis_a, 1 + floor(${r(59)} * 15)::int as diagnosis_b
      from (select g, p, case extract(isodow from d0)
                            when 6 then case when u_weekend < 0.85 then d0 - 1 else d0 end
                            when 7 then case when u_weekend < 0.85 then case when d0 + 1 <= ${end} then d0 + 1 else d0 - 2 end else d0 end
                            else d0 end as dos
              from (select g, 1 + floor(${r(1)} * ${plan.patients})::int as p, ${start} + floor(${r(2)} * ${plan.days})::int as d0, ${r(3)} as u_weekend
                      from generate_series(1, ${plan.encounters}) g) raw) d
      join ${S}.pat pt on pt.p = d.p`;
}

/** The instants of the visit, the original claim and the first adjudication, from the draws. */
function encounterSql(plan) {
  return `create unlogged table ${S}.enc_a as
    select e.*, pr.lag_days,
           ${S}.at(e.dos - (1 + floor(${r(7, 'e.g')} * 20)::int), 480 + ${r(17, 'e.g')} * 540) as t_sched,
           ${S}.at(e.dos, e.m0) as t_checkin,
           ${S}.at(e.dos, e.m0) + ${S}.minutes(30 + ${r(60, 'e.g')} * 240) as t_doc,
           case when e.outcome = 'partial' then 2 + floor(e.u_partial_line * (e.n_lines - 1))::int end as partial_line,
           case when not e.self_pay and e.outcome = 'paid' and e.sec_n is null and e.u_resubmit < 0.012 then 'correction'
                when not e.self_pay and e.outcome = 'paid' and e.sec_n is null and e.u_resubmit < 0.02 then 'replacement' end as resubmit
      from (select x.*, case when x.self_pay then null when x.u_outcome < 0.06 then 'denied' when x.u_outcome < 0.11 and x.n_lines >= 2 then 'partial' else 'paid' end as outcome
              from (${drawsSql(plan)}) x) e
      left join ${S}.payer_ref pr on pr.n = e.payer_n`;
}

/** Adds the original claim's instants (scrub, release, 837P batch, 999, 277CA, correction) and its first 835 day. */
function claimInstantsSql() {
  return `create unlogged table ${S}.enc_b as ${layered(
    `select a.*, a.t_doc + ${S}.days(a.lag_charge) + ${S}.minutes(5 + ${r(61, 'a.g')} * 60) as t_charge from ${S}.enc_a a`,
    (below) => `select c.*, c.t_charge + ${S}.days(c.lag_bill) + ${S}.minutes(10 + ${r(62, 'c.g')} * 120) as t_build from ${below} c`,
    (below) => `select b.*,
             case when b.has_error and b.override then b.t_build + ${S}.minutes(30 + ${r(24, 'b.g')} * 600) end as t_override,
             case when not b.has_error then b.t_build + ${S}.minutes(2)
                  when b.override then b.t_build + ${S}.minutes(31 + ${r(24, 'b.g')} * 600)
                  else b.t_build + ${S}.minutes(60 + ${r(24, 'b.g')} * 1440) end as t_scrub1
        from ${below} b`,
    (below) => `select s.*,
             case when s.reopen then s.t_scrub1 + ${S}.minutes(20 + ${r(25, 's.g')} * 240) end as t_reopen,
             case when s.reopen then s.t_scrub1 + ${S}.minutes(35 + ${r(25, 's.g')} * 240) end as t_scrub2,
             coalesce(case when s.reopen then s.t_scrub1 + ${S}.minutes(35 + ${r(25, 's.g')} * 240) end, s.t_scrub1) + ${S}.minutes(5) as t_release
        from ${below} s`,
    (below) => `select l.*, ${S}.submitted_at(l.t_release, l.payer_n) as t_submit from ${below} l`,
    (below) => `select m.*,
             m.t_submit + ${S}.minutes(60 + ${r(28, 'm.g')} * 180) as t_ack,
             case when m.rejected then m.t_submit + ${S}.minutes(1440 + ${r(29, 'm.g')} * 1440) end as t_reject,
             case when not m.rejected and m.accept277 then m.t_submit + ${S}.minutes(1440 + ${r(29, 'm.g')} * 1440) end as t_accept,
             case when m.rejected then m.t_submit + ${S}.minutes(2880 + ${r(29, 'm.g')} * 1440 + ${r(30, 'm.g')} * 5760) end as t_correct
        from ${below} m`,
    (below) => `select n.*, case when n.rejected then ${S}.submitted_at(n.t_correct + ${S}.minutes(7), n.payer_n) end as tc_submit from ${below} n`,
    (below) => `select k.*, ${S}.remit_on(k.payer_n, ${S}.local_date(coalesce(k.tc_submit, k.t_submit)) + k.lag_days + k.lag_extra) as r1
      from ${below} k`,
  )}`;
}

/** Creates `pat`, `enc_a` (draws and visit instants) and `enc_b` (claim instants up to the first 835). */
export async function planEncounters(db, plan) {
  await db.query(patientsSql(plan));
  await db.query(`alter table ${S}.pat add primary key (p)`);
  await db.query(encounterSql(plan));
  await db.query(claimInstantsSql());
  await db.query(`drop table ${S}.enc_a`);
  await db.query(`alter table ${S}.enc_b rename to enc_a`);
}
