// Step 7: the payers' 835s. `clp` plans every claim payment (CLP) received before the history's end: the first
// adjudication (CLP02 1 paid or partly paid, 4 denied), the payment after an appeal, a payer's correction (a 22
// reversal and the new 1 in the same 835), the reversal of a replaced claim with the replacement's payment, and the
// secondary payer's payment (2). Each payer's CLPs of one day are one remittance (one EFT, posted mid-morning).
import { ACTORS, PAYERS } from '../practice.profile.mjs';
import { STAGING as S, text } from './sql.helpers.mjs';
import { adjudicatedKind, claimId } from './claims.step.mjs';

/** The id of the remittance of payer `payer` received on `day` (SQL expressions). */
export const remittanceId = (payer, day) => `${S}.uid('remittance', ${payer} || ':' || ${day})`;

/** The id of claim payment `key` (`<g>:a1`, `<g>:a2`, `<g>:x22`, `<g>:x1`, `<g>:r22`, `<g>:r1`, `<g>:s`). */
export const claimPaymentId = (key) => `${S}.uid('claim_payment', ${key})`;

function claimPaymentsSql(plan) {
  const adjudicated = claimId('e.g', adjudicatedKind('e'));
  const clp = (suffix, payer, day, claim, status, sign, payment, pr, reverses, when) => `
    select e.g || ':${suffix}' as key, e.g, ${payer} as payer_n, ${day} as received_on, ${claim} as claim_id, '${status}' as status_code,
           ${sign} * e.charge_total as charge_cents, ${payment} as payment_cents, ${pr} as patient_responsibility_cents,
           ${reverses} as reverses_key
      from ${S}.enc e
     where ${when} and ${S}.posted_at(${payer}, ${day}) < ${plan.endInstant}`;
  const payments = [
    clp('a1', 'e.payer_n', 'e.r1', adjudicated, '1', 1, 'e.paid_total', 'e.pr_total', 'null', `e.outcome in ('paid', 'partial')`),
    clp('a1', 'e.payer_n', 'e.r1', adjudicated, '4', 1, '0', '0', 'null', `e.outcome = 'denied'`),
    clp('a2', 'e.payer_n', 'e.r2', adjudicated, '1', 1, 'e.paid_total', 'e.pr_total', 'null', `e.outcome = 'denied' and e.appeal`),
    clp('x22', 'e.payer_n', 'e.r3', adjudicated, '22', -1, '-e.paid_total', '-e.pr_total', `e.g || ':a1'`, `e.resubmit = 'correction'`),
    clp('x1', 'e.payer_n', 'e.r3', adjudicated, '1', 1, 'e.repaid_total', 'e.pr_total', 'null', `e.resubmit = 'correction'`),
    clp('r22', 'e.payer_n', 'e.r4', adjudicated, '22', -1, '-e.paid_total', '-e.pr_total', `e.g || ':a1'`, `e.resubmit = 'replacement'`),
    clp('r1', 'e.payer_n', 'e.r4', claimId('e.g', "'p'"), '1', 1, 'e.repaid_total', 'e.pr_total', 'null', `e.resubmit = 'replacement'`),
    clp('s', 'e.sec_n', 'e.r5', claimId('e.g', "'s'"), '2', 1, 'e.sec_paid_total', 'e.sec_pr_total', 'null', 'e.has_secondary'),
  ];
  return `create unlogged table ${S}.clp as
    select p.*, row_number() over (partition by p.payer_n, p.received_on order by c.number, p.key) as position, c.number
      from (${payments.join('\n union all ')}) p join ${S}.clm c on c.id = p.claim_id`;
}

function remittancesSql(org) {
  const payers = `(values ${PAYERS.map((payer) => `(${payer.n}, ${text(payer.name)}, ${text(payer.payerId)})`).join(', ')}) as payer(n, name, payer_id)`;
  return `insert into remittance (id, organization_id, created_at, source, transaction_control_number, trace_number, trace_originator, payer_name,
                                  payer_identifier, payer_record_id, payee_identifier, handling_code, method, payment_cents, payment_date, received_on,
                                  claim_count, unmatched_count, warnings, posted_by)
    select ${remittanceId('c.payer_n', 'c.received_on')}, ${org}, ${S}.posted_at(c.payer_n, c.received_on), 'x12', '0001',
           'EFT' || to_char(c.received_on, 'YYYYMMDD') || lpad(c.payer_n::text, 2, '0'), '1' || payer.payer_id || '0000', payer.name,
           payer.payer_id, ${S}.uid('payer', c.payer_n::text), (select npi from provider where id = ${S}.uid('provider', '1')), 'I', 'ACH',
           sum(c.payment_cents), to_char(c.received_on - 1, 'YYYY-MM-DD'), c.received_on::text, count(*), 0, '[]'::jsonb, ${text(ACTORS.poster)}
      from ${S}.clp c join ${payers} on payer.n = c.payer_n
     group by c.payer_n, c.received_on, payer.name, payer.payer_id`;
}

function remittanceClaimsSql(org) {
  return `insert into remittance_claim (id, organization_id, created_at, remittance_id, position, patient_control_number, status_code, charge_cents,
                                        payment_cents, patient_responsibility_cents, payer_claim_number, match, claim_id, patient_id, coverage_id,
                                        reverses_remittance_claim_id)
    select ${claimPaymentId('c.key')}, ${org}, ${S}.posted_at(c.payer_n, c.received_on), ${remittanceId('c.payer_n', 'c.received_on')}, c.position,
           k.patient_control_number, c.status_code, c.charge_cents, c.payment_cents, c.patient_responsibility_cents, k.payer_claim_number, 'matched',
           c.claim_id, k.patient_id, k.coverage_id, case when c.reverses_key is not null then ${claimPaymentId('c.reverses_key')} end
      from ${S}.clp c join claim k on k.id = c.claim_id`;
}

/** Writes the remittances and their claim payments; leaves `clp` for the ledger and denial steps. */
export async function writeRemittances(db, plan) {
  const org = `${text(plan.organizationId)}::uuid`;
  await db.query(claimPaymentsSql(plan));
  await db.query(remittancesSql(org));
  await db.query(remittanceClaimsSql(org));
  await db.query(`analyze ${S}.clp (key, g, claim_id, reverses_key)`);
}
