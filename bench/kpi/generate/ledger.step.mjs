// Step 8: the ledger, as core's LedgerWriter and posting engine write it (packages/core/src/ledger, remittance):
// signed effects on one account (service line × party) each. Billing charges each line to its first responsible
// party; each claim payment pays the line, adjusts CO-45 (and Medicare's CO-253) off, and transfers PR to the next
// coverage or the patient (two entries, one transfer id); a 22 reverses every entry of the payment it undoes;
// point-of-service money is applied when the patient comes to owe; statement payments, refunds of overpayments and
// write-offs (denials given up, bad debt) are the rest.
import { ACTORS, MEDIGAP_PAYER } from '../practice.profile.mjs';
import { STAGING as S, text } from './sql.helpers.mjs';
import { claimPaymentId, remittanceId } from './remittances.step.mjs';

const COLUMNS = `id, organization_id, created_at, kind, amount_cents, party, charge_id, patient_id, coverage_id, payer_record_id, claim_id, claim_line_id,
                 group_code, reason_code, source, source_id, source_item_id, reverses_entry_id, transfer_id, reference, memo, effective_date, posted_by`;


/** Charges at billing (dated the date of service, written when the claim was built). */
function billingSql(plan, org) {
  return `insert into ledger_entry (${COLUMNS})
    select ${S}.uid('entry', l.g || ':' || l.ln || ':charge'), ${org}, e.t_build, 'charge', l.charge,
           case when e.self_pay then 'patient' else 'payer' end, l.charge_id, e.patient_id,
           case when not e.self_pay then e.coverage_id end, case when not e.self_pay then e.payer_id end,
           case when not e.self_pay then ${S}.uid('claim', e.g || ':o') end, case when not e.self_pay then ${S}.uid('claim_line', e.g || ':o:' || l.ln) end,
           null, null, 'billing', e.encounter_id, null, null, null, null, null, e.dos::text, ${text(ACTORS.biller)}
      from ${S}.line l join ${S}.enc e on e.g = l.g
     where e.t_build < ${plan.endInstant}`;
}

/**
 * One row per service line and claim payment that moves money (`post`): the amounts to pay, adjust and transfer, the
 * accounts, and the 22 that later reverses it, if one came.
 */
function postingsSql() {
  return `create unlogged table ${S}.post as
    select c.key, l.g, l.ln, c.payer_n, l.charge_id, e.patient_id, c.claim_id, ${S}.uid('claim_line', k.key || ':' || l.ln) as claim_line_id,
           case when c.status_code = '2' then e.secondary_coverage_id else e.coverage_id end as paying_coverage_id,
           case when c.status_code = '2' then e.secondary_payer_id else e.payer_id end as paying_payer_id,
           case when c.status_code <> '2' and e.has_secondary then e.secondary_coverage_id end as receiving_coverage_id,
           case when c.status_code <> '2' and e.has_secondary then e.secondary_payer_id end as receiving_payer_id,
           c.received_on, ${S}.posted_at(c.payer_n, c.received_on) as posted, ${remittanceId('c.payer_n', 'c.received_on')} as remittance_id,
           ${claimPaymentId('c.key')} as claim_payment_id, 'EFT' || to_char(c.received_on, 'YYYYMMDD') || lpad(c.payer_n::text, 2, '0') as trace,
           case when c.status_code = '2' then l.sec_paid when c.key like '%:x1' or c.key like '%:r1' then l.paid + l.delta else l.paid end as pay,
           case when c.status_code = '2' then 0 when c.key like '%:x1' or c.key like '%:r1' then l.co45 - l.delta else l.co45 end as co45,
           case when c.status_code = '2' then 0 else l.seq end as seq,
           case when c.status_code = '2' then l.sec_pr else l.pr end as pr,
           case when c.status_code <> '2' then l.pr_reason when e.sec_n = ${MEDIGAP_PAYER} then '1' else '3' end as pr_reason,
           rev.key as reversal_key, rev.received_on as reversal_on, ${S}.posted_at(rev.payer_n, rev.received_on) as reversal_posted
      from ${S}.clp c join ${S}.clm k on k.id = c.claim_id join ${S}.line l on l.g = c.g and l.pays join ${S}.enc e on e.g = c.g
      left join ${S}.clp rev on rev.reverses_key = c.key
     where c.status_code in ('1', '2')`;
}

/**
 * The entries of the postings of `post` rows matching `where` (payment, CO-45, CO-253, the two halves of the PR
 * transfer), each with its id and family, and the posting's columns.
 */
function postingEntries(where) {
  const entry = (family, kind, amount, account, group, reason, transfer, when) => `
    select ${S}.uid('entry', p.key || ':' || p.ln || ':${family}') as id, '${family}' as family, '${kind}' as kind, ${amount} as amount_cents, ${account},
           ${group} as group_code, ${reason} as reason_code, ${transfer} as transfer_id, p.*
      from ${S}.post p where ${when} and ${where}`;
  const payer = `'payer' as party, p.paying_coverage_id as coverage_id, p.paying_payer_id as payer_record_id,
                 p.claim_id as entry_claim_id, p.claim_line_id as entry_claim_line_id`;
  const receiving = `case when p.receiving_coverage_id is null then 'patient' else 'payer' end as party, p.receiving_coverage_id as coverage_id,
                     p.receiving_payer_id as payer_record_id, null::uuid as entry_claim_id, null::uuid as entry_claim_line_id`;
  const transfer = `${S}.uid('transfer', p.key || ':' || p.ln)`;
  return [
    entry('payment', 'payment', '-p.pay', payer, 'null', 'null', 'null::uuid', 'p.pay <> 0'),
    entry('co45', 'adjustment', '-p.co45', payer, `'CO'`, `'45'`, 'null::uuid', 'p.co45 <> 0'),
    entry('co253', 'adjustment', '-p.seq', payer, `'CO'`, `'253'`, 'null::uuid', 'p.seq <> 0'),
    entry('pr-out', 'transfer', '-p.pr', payer, `'PR'`, 'p.pr_reason', transfer, 'p.pr <> 0'),
    entry('pr-in', 'transfer', 'p.pr', receiving, `'PR'`, 'p.pr_reason', transfer, 'p.pr <> 0'),
  ].join('\n union all ');
}

/** The claim payments' entries, then the 22s' reversals of them (same accounts, negated, naming the entry reversed). */
function remittanceEntriesSql(plan, org) {
  const common = (alias) => `${alias}.party, ${alias}.charge_id, ${alias}.patient_id, ${alias}.coverage_id,
                             ${alias}.payer_record_id, ${alias}.entry_claim_id, ${alias}.entry_claim_line_id, ${alias}.group_code, ${alias}.reason_code, 'remittance'`;
  return [
    `insert into ledger_entry (${COLUMNS})
      select x.id, ${org}, x.posted, x.kind, x.amount_cents, ${common('x')}, x.remittance_id, x.claim_payment_id, null, x.transfer_id, x.trace, null,
             x.received_on::text, ${text(ACTORS.poster)}
        from (${postingEntries('true')}) x`,
    `insert into ledger_entry (${COLUMNS})
      select ${S}.uid('entry', x.reversal_key || ':' || x.ln || ':' || x.family), ${org}, x.reversal_posted, 'reversal', -x.amount_cents, ${common('x')},
             ${remittanceId('x.payer_n', 'x.reversal_on')}, ${claimPaymentId('x.reversal_key')}, x.id, x.transfer_id,
             'EFT' || to_char(x.reversal_on, 'YYYYMMDD') || lpad(x.payer_n::text, 2, '0'), null, x.reversal_on::text, ${text(ACTORS.poster)}
        from (${postingEntries(`p.reversal_key is not null and p.reversal_posted < ${plan.endInstant}`)}) x`,
  ];
}

/** The patient's side: point-of-service money applied, statement payments, refunds of overpayments, bad debt. */
function patientEntriesSql(plan, org) {
  const end = plan.endInstant;
  const account = `'patient', l.charge_id, e.patient_id, null, null, null, null, null, null`;
  return [
    `insert into ledger_entry (${COLUMNS})
      select ${S}.uid('entry', l.g || ':' || l.ln || ':pos'), ${org}, e.t_owed + interval '1 second', 'payment', -l.pos_applied, ${account},
             'point-of-service', ${S}.uid('pos', e.g::text), null, null, null, pos.reference, 'point-of-service payment applied', e.dos::text, ${text(ACTORS.poster)}
        from ${S}.line l join ${S}.enc e on e.g = l.g join point_of_service_payment pos on pos.id = ${S}.uid('pos', e.g::text)
       where l.pos_applied > 0 and e.t_owed < ${end}`,
    `insert into ledger_entry (${COLUMNS})
      select ${S}.uid('entry', l.g || ':' || l.ln || ':statement'), ${org}, e.t_stmt + ${S}.minutes(l.ln / 60.0), 'payment', -(l.stmt + l.over), ${account},
             'statement-payment', ${S}.uid('statement_payment', e.g::text), null, null, null, 'STMT' || lpad(e.g::text, 9, '0'), 'patient payment on statement',
             ${S}.local_date(e.t_stmt)::text, ${text(ACTORS.poster)}
        from ${S}.line l join ${S}.enc e on e.g = l.g
       where l.stmt + l.over > 0 and e.t_stmt < ${end}`,
    `insert into ledger_entry (${COLUMNS})
      select ${S}.uid('entry', l.g || ':' || l.ln || ':refund'), ${org}, e.t_refund, 'refund', l.over, ${account},
             'manual', null, null, null, null, 'RF' || lpad(e.g::text, 9, '0'), 'refund to the patient: paid twice', ${S}.local_date(e.t_refund)::text, ${text(ACTORS.biller)}
        from ${S}.line l join ${S}.enc e on e.g = l.g
       where l.over > 0 and e.t_refund < ${end}`,
    `insert into ledger_entry (${COLUMNS})
      select ${S}.uid('entry', l.g || ':' || l.ln || ':bad-debt'), ${org}, e.t_bad_debt, 'write-off', -l.bad_debt_cents, ${account},
             'manual', null, null, null, null, null, 'bad debt: sent to collections', ${S}.local_date(e.t_bad_debt)::text, ${text(ACTORS.biller)}
        from ${S}.line l join ${S}.enc e on e.g = l.g
       where l.bad_debt_cents > 0 and e.t_bad_debt < ${end}`,
  ];
}

/** Denials given up: the payer's balance of a denied line written off. */
function denialWriteOffsSql(plan, org) {
  return `insert into ledger_entry (${COLUMNS})
    select ${S}.uid('entry', l.g || ':' || l.ln || ':denial-write-off'), ${org}, e.t_write_off, 'write-off', -l.charge, 'payer', l.charge_id, e.patient_id,
           e.coverage_id, e.payer_id, k.id, ${S}.uid('claim_line', k.key || ':' || l.ln), null, null,
           'manual', null, null, null, null, null, 'denial written off: ' || d.category || ' (' || d.group_code || '-' || d.reason || ')',
           ${S}.local_date(e.t_write_off)::text, ${text(ACTORS.biller)}
      from ${S}.line l join ${S}.enc e on e.g = l.g join ${S}.denial_ref d on d.n = e.denial_n
      join ${S}.clm k on k.g = e.g and k.kind = case when e.rejected then 'c' else 'o' end
     where not l.pays and e.t_write_off < ${plan.endInstant}`;
}

/** Writes every ledger entry of the history. */
export async function writeLedger(db, plan) {
  const org = `${text(plan.organizationId)}::uuid`;
  await db.query(billingSql(plan, org));
  await db.query(postingsSql());
  for (const statement of remittanceEntriesSql(plan, org)) await db.query(statement);
  for (const statement of patientEntriesSql(plan, org)) await db.query(statement);
  await db.query(denialWriteOffsSql(plan, org));
}
