// Step 3: the money plan. `enc_c` adds the later claim events (appeal, write-off, correction, replacement, secondary
// claim); `line0` gives each service line its charge, the payer's allowed amount, contractual and sequestration
// adjustments, patient responsibility and the secondary payer's share; `line` adds how the patient pays (at the visit,
// by statement, too much, or never); `enc` adds the totals, the patient's instants and the claim count, and the cut keeps
// the encounters whose claims add up to exactly the number asked for. (Sums add cents as int: a service line's amounts
// are far below 2^31 cents, and int sums accumulate in bigint, where bigint sums would go through numeric.)
//
// Random streams: encounters as in plan-encounters (key g); lines 70–89 with key g × 4 + line number.
import { MEDICAID_PAYER, MEDIGAP_PAYER, PROCEDURES, SECONDARY_LAG_DAYS } from '../practice.profile.mjs';
import { STAGING as S, layered, weighted } from './sql.helpers.mjs';

const r = (stream, key = 'g') => `${S}.r(${stream}, ${key})`;
const procedureDraw = (line, u) => weighted(u, PROCEDURES.filter((procedure) => procedure.line === line).map((procedure) => [procedure.n, procedure.weight]));

/** The instants after the first 835: appeal and its 835, write-off, the payer's correction, the replacement, the secondary claim. */
function laterEventsSql() {
  return `create unlogged table ${S}.enc_c as ${layered(
    `select a.*, ${S}.posted_at(a.payer_n, a.r1) as t_r1,
             case when a.self_pay and a.u_pos < 0.6 then (array[5000, 7500, 10000])[1 + floor(${r(63, 'a.g')} * 3)::int]
                  when not a.self_pay and a.copay > 0 and a.u_pos < 0.7 then a.copay
                  when not a.self_pay and a.copay = 0 and a.u_pos < 0.04 then 2000 else 0 end as pos_amount
        from ${S}.enc_a a`,
    (below) => `select f.*,
             case when f.outcome = 'denied' and f.appeal then f.t_r1 + ${S}.days(7 + floor(${r(38, 'f.g')} * 23)::int) + ${S}.minutes(${r(65, 'f.g')} * 300) end as t_appeal,
             case when f.outcome = 'denied' and not f.appeal and f.u_write_off < 0.4 then f.t_r1 + ${S}.days(60 + floor(${r(41, 'f.g')} * 60)::int) + ${S}.minutes(${r(66, 'f.g')} * 300)
                  when f.outcome = 'partial' and f.u_write_off < 0.5 then f.t_r1 + ${S}.days(30 + floor(${r(41, 'f.g')} * 60)::int) + ${S}.minutes(${r(66, 'f.g')} * 300) end as t_write_off,
             case when f.resubmit = 'correction' then ${S}.remit_on(f.payer_n, f.r1 + 20 + floor(${r(43, 'f.g')} * 60)::int) end as r3,
             case when f.resubmit = 'replacement' then f.t_r1 + ${S}.days(10 + floor(${r(43, 'f.g')} * 30)::int) + ${S}.minutes(${r(67, 'f.g')} * 300) end as t_replace
        from ${below} f`,
    (below) => `select p.*, ${S}.remit_on(p.payer_n, ${S}.local_date(p.t_appeal) + 20 + floor(${r(39, 'p.g')} * 25)::int) as r2,
             ${S}.submitted_at(p.t_replace + ${S}.minutes(7), p.payer_n) as tp_submit
        from ${below} p`,
    (below) => `select q.*, ${S}.posted_at(q.payer_n, q.r2) as t_r2, ${S}.posted_at(q.payer_n, q.r3) as t_r3,
             ${S}.remit_on(q.payer_n, ${S}.local_date(q.tp_submit) + q.lag_days + floor(${r(31, 'q.g')} * 12)::int) as r4,
             case when q.outcome in ('paid', 'partial') then q.r1 when q.outcome = 'denied' and q.appeal then q.r2 end as r_pay
        from ${below} q`,
    (below) => `select s.*, ${S}.posted_at(s.payer_n, s.r4) as t_r4, ${S}.posted_at(s.payer_n, s.r_pay) as t_pay,
             ${S}.posted_at(s.payer_n, s.r_pay) + ${S}.days(1 + floor(${r(44, 's.g')} * 3)::int) + ${S}.minutes(${r(110, 's.g')} * 300) as ts_created
        from ${below} s`,
    (below) => `select v.*, ${S}.submitted_at(v.ts_created + ${S}.minutes(7), v.sec_n) as ts_submit,
           ${S}.remit_on(v.sec_n, ${S}.local_date(${S}.submitted_at(v.ts_created + ${S}.minutes(7), v.sec_n)) + ${SECONDARY_LAG_DAYS} + floor(${r(45, 'v.g')} * 10)::int) as r5
      from ${below} v`,
  )}`;
}

/** Each service line's procedure, charge and the payers' amounts (`line0`). */
function linesSql() {
  const k = 'e.g * 4 + x.ln';
  return `create unlogged table ${S}.line0 as ${layered(
    `select e.g, x.ln, e.payer_n, e.sec_n, e.self_pay, e.outcome, e.partial_line, e.appeal, e.deductible, e.coinsurance, e.copay,
            e.sec_full, e.statement, e.overpay, e.overpay_cents, e.bad_debt, e.pos_amount, pr.ratio, pr.filing, pr.contract,
            case x.ln when 1 then ${procedureDraw(1, r(70, k))} when 2 then ${procedureDraw(2, r(70, k))} else ${procedureDraw(3, r(70, k))} end as proc_n,
            ${r(71, k)} as u_variance, ${r(72, k)} as u_allowed,
            case when x.ln = 1 and e.n_lines >= 2 and ${r(73, k)} < 0.3 then '["25"]' else '[]' end::jsonb as modifiers
       from ${S}.enc_c e cross join lateral generate_series(1, e.n_lines) x(ln)
       left join ${S}.payer_ref pr on pr.n = e.payer_n`,
    (below) => `select l.*, c.code, c.units, c.fee * c.units as charge,
            case when l.contract then round(c.fee * l.ratio)::bigint * c.units end as expected
       from ${below} l join ${S}.proc_ref c on c.n = l.proc_n`,
    (below) => `select p.*,
            case when p.self_pay then null
                 when p.expected is not null then case when p.u_variance < 0.03 then round(p.expected * 0.92)::bigint else p.expected end
                 else round(p.charge * p.ratio * (0.95 + p.u_allowed * 0.1))::bigint end as allowed,
            case p.outcome when 'paid' then true when 'partial' then p.ln <> p.partial_line when 'denied' then p.appeal else false end as pays
       from ${below} p`,
    (below) => `select a.*,
            case when a.self_pay then 0
                 when a.filing = 'MB' then case when a.deductible and a.ln = 1 then a.allowed else round(a.allowed * 0.2)::bigint end
                 when a.filing = 'MC' then case when a.ln = 1 and a.copay > 0 then least(a.copay, a.allowed) else 0 end
                 else case when a.deductible then a.allowed when a.ln = 1 and a.copay > 0 then least(a.copay, a.allowed)
                           when a.ln > 1 and a.coinsurance then round(a.allowed * 0.2)::bigint else 0 end end as pr,
            case when a.filing = 'MB' then case when a.deductible and a.ln = 1 then '1' else '2' end
                 when a.filing = 'MC' then '3'
                 else case when a.deductible then '1' when a.ln = 1 and a.copay > 0 then '3' else '2' end end as pr_reason
       from ${below} a`,
    (below) => `select b.*,
            case when b.filing = 'MB' then round((b.allowed - b.pr) * 0.02)::bigint else 0 end as seq,
            case when b.sec_n = ${MEDIGAP_PAYER} then case when b.sec_full then b.pr else round(b.pr * 0.5)::bigint end
                 when b.sec_n = ${MEDICAID_PAYER} then greatest(b.pr - 300, 0) else 0 end as sec_paid
       from ${below} b`,
    (below) => `select c.*, c.charge - c.allowed as co45, c.allowed - c.pr - c.seq as paid, round(c.allowed * 0.05)::bigint + 100 as delta,
            c.pr - c.sec_paid as sec_pr,
            case when c.self_pay then c.charge when c.pays then case when c.sec_n is not null then c.pr - c.sec_paid else c.pr end else 0 end as pt_owed
       from ${below} c`,
    (below) => `select c.*, ${S}.uid('charge', c.g || ':' || c.ln) as charge_id from ${below} c`,
  )}`;
}

/**
 * The patient's payments per line (`line` from `line0`): money taken at the visit pays the lines in order, never more
 * than a line owes; a statement is paid in full or by half, or not at all (then written off as bad debt for some); an
 * overpayment lands on the last line still owing. Computed per encounter from its (at most three) lines, so that no
 * sort of the wide line rows is needed.
 */
function patientPaymentsSql() {
  const owed = (ln) => `coalesce(sum(pt_owed::int) filter (where ln = ${ln}), 0)`;
  return `create unlogged table ${S}.line as ${layered(
    `select g, max(pos_amount) as pos, ${owed(1)} as o1, ${owed(2)} as o2, ${owed(3)} as o3 from ${S}.line0 group by g`,
    (below) => `select o.*, least(o.o1, o.pos) as a1, least(o.o2, greatest(0, o.pos - o.o1)) as a2, least(o.o3, greatest(0, o.pos - o.o1 - o.o2)) as a3
       from ${below} o`,
    (below) => `select a.g, a.a1, a.a2, a.a3,
            case when a.o3 - a.a3 > 0 then 3 when a.o2 - a.a2 > 0 then 2 when a.o1 - a.a1 > 0 then 1 end as last_owing
       from ${below} a`,
    (below) => `select l.*, (case l.ln when 1 then p.a1 when 2 then p.a2 else p.a3 end)::bigint as pos_applied, p.last_owing
       from ${S}.line0 l join ${below} p on p.g = l.g`,
    (below) => `select v.*, v.pt_owed - v.pos_applied as remaining,
            case v.statement when 'full' then v.pt_owed - v.pos_applied when 'half' then (v.pt_owed - v.pos_applied) / 2 else 0 end as stmt
       from ${below} v`,
    (below) => `select m.*,
            case when m.statement = 'full' and m.overpay and m.ln = m.last_owing then m.overpay_cents else 0 end as over,
            case when m.statement <> 'full' and m.bad_debt then m.remaining - m.stmt else 0 end as bad_debt_cents
       from ${below} m`,
  )}`;
}

/** The encounters with their lines' totals, the patient's instants, the claims' close, and how many claims they made. */
function encountersSql(endInstant) {
  return `create unlogged table ${S}.enc as ${layered(
    `select e.*, s.charge_total, s.pr_total, s.pt_owed_total, s.remaining_total, s.stmt_total, s.over_total, s.bad_debt_total, s.paid_total,
            s.repaid_total, s.sec_paid_total, s.sec_pr_total,
            not e.self_pay and e.sec_n is not null and e.t_pay is not null and s.pr_total > 0 as has_secondary,
            ${S}.posted_at(e.sec_n, e.r5) as t_r5
       from ${S}.enc_c e
       join (select g, sum(charge::int)::bigint as charge_total, coalesce(sum(pr::int) filter (where pays), 0)::bigint as pr_total, sum(pt_owed::int)::bigint as pt_owed_total,
                    sum(remaining::int)::bigint as remaining_total, sum(stmt::int)::bigint as stmt_total, sum(over::int)::bigint as over_total,
                    sum(bad_debt_cents::int)::bigint as bad_debt_total, coalesce(sum(paid::int) filter (where pays), 0)::bigint as paid_total,
                    coalesce(sum((paid + delta)::int) filter (where pays), 0)::bigint as repaid_total,
                    coalesce(sum(sec_paid::int) filter (where pays), 0)::bigint as sec_paid_total, coalesce(sum(sec_pr::int) filter (where pays), 0)::bigint as sec_pr_total
               from ${S}.line group by g) s on s.g = e.g`,
    (below) => `select j.*, case when j.self_pay then j.t_build when j.has_secondary then j.t_r5 else j.t_pay end as t_owed from ${below} j`,
    (below) => `select o.*, ${S}.at(${S}.local_date(o.t_owed) + 15 + floor(${r(48, 'o.g')} * 60)::int, 540 + ${r(49, 'o.g')} * 480) as t_stmt,
            ${S}.at(${S}.local_date(o.t_owed) + 150 + floor(${r(54, 'o.g')} * 30)::int, 540 + ${r(114, 'o.g')} * 480) as t_bad_debt
       from ${below} o`,
    (below) => `select t.*, ${S}.at(${S}.local_date(t.t_stmt) + 14 + floor(${r(52, 't.g')} * 30)::int, 540 + ${r(113, 't.g')} * 480) as t_refund
       from ${below} t`,
    (below) => `select z.*,
            case when z.outcome = 'paid' and not z.has_secondary and z.resubmit is null and (z.remaining_total = 0 or z.statement = 'full')
                 then ${S}.at(${S}.local_date(case when z.remaining_total = 0 then z.t_pay when z.over_total > 0 then z.t_refund else z.t_stmt end)
                              + 1 + floor(${r(55, 'z.g')} * 5)::int, 540 + ${r(115, 'z.g')} * 480) end as t_close,
            case when z.self_pay then 0
                 else (z.t_build < ${endInstant})::int + coalesce(z.t_correct < ${endInstant}, false)::int
                    + coalesce(z.t_replace < ${endInstant}, false)::int + (z.has_secondary and z.ts_created < ${endInstant})::int end as claim_count,
            ${r(116, 'z.g')} as rank_key,
            ${S}.uid('encounter', z.g::text) as encounter_id, ${S}.uid('patient', z.p::text) as patient_id,
            ${S}.uid('coverage', z.p || ':1') as coverage_id, ${S}.uid('coverage', z.p || ':2') as secondary_coverage_id,
            ${S}.uid('payer', z.payer_n::text) as payer_id, ${S}.uid('payer', z.sec_n::text) as secondary_payer_id,
            ${S}.uid('provider', z.provider_n::text) as provider_id
       from ${below} z`,
  )}`;
}

/**
 * Keeps the encounters whose claims add up to exactly `claims`: in a random order, every encounter up to the last
 * whose running claim count stays within it, then as many one-claim encounters after it as are missing.
 */
async function cutToClaims(db, claims) {
  await db.query(`create unlogged table ${S}.ranked as
    select g, claim_count, sum(claim_count) over (order by rank_key, g) as running, row_number() over (order by rank_key, g) as position from ${S}.enc`);
  const [{ last, within, total }] = (await db.query(`select coalesce(max(position) filter (where running <= ${claims}), 0) as last,
                                                           coalesce(max(running) filter (where running <= ${claims}), 0) as within, max(running) as total
                                                      from ${S}.ranked`)).rows;
  if (Number(total) < claims) throw new Error(`the plan holds ${total} claims, fewer than the ${claims} asked for: raise the encounter count`);
  await db.query(`create unlogged table ${S}.kept as
    select g from ${S}.ranked where position <= ${last}
    union all
    (select g from ${S}.ranked where position > ${last} and claim_count = 1 order by position limit ${claims - Number(within)})`);
  await db.query(`alter table ${S}.kept add primary key (g)`);
  for (const table of ['enc', 'line']) {
    await db.query(`create unlogged table ${S}.${table}_kept as select t.* from ${S}.${table} t join ${S}.kept k on k.g = t.g`);
    await db.query(`drop table ${S}.${table}`);
    await db.query(`alter table ${S}.${table}_kept rename to ${table}`);
  }
  await db.query(`alter table ${S}.enc add primary key (g)`);
  await db.query(`alter table ${S}.line add primary key (g, ln)`);
  await db.query(`drop table ${S}.ranked, ${S}.kept, ${S}.enc_a, ${S}.enc_c`);
}

/** Creates `line` and `enc` (one row per kept encounter) from `enc_a`; `endInstant` is a SQL timestamptz literal. */
export async function planLines(db, plan) {
  await db.query(laterEventsSql());
  await db.query(linesSql());
  await db.query(patientPaymentsSql());
  await db.query(`drop table ${S}.line0`);
  await db.query(encountersSql(plan.endInstant));
  await cutToClaims(db, plan.claims);
  // Row counts and the join keys' statistics are what the writing steps' plans need.
  await db.query(`analyze ${S}.enc (g, p)`);
  await db.query(`analyze ${S}.line (g, ln)`);
}
