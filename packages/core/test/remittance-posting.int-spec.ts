import type { INestApplication } from '@nestjs/common';
import { runInAuditScope } from '../src/audit/audit-scope';
import { MikroORM } from '@mikro-orm/core';
import { LedgerRollupFolder } from '../src/ledger/ledger-rollup.folder';
import { verifyLedger } from '../src/ledger/ledger.verifier';
import { REMITTANCE_FOLLOWERS, type RemittanceFollower } from '../src/remittance/remittance-followers';
import { RemittanceIngestion } from '../src/remittance/remittance-ingestion.service';
import { BillingPractice, DATE_OF_SERVICE, type SubmittedClaim } from './support/billing-practice';
import { test835 } from './support/remittance-835';
import { eventually, startTestServer, testConfig } from './support/test-app';

/**
 * Issue #9 items 1 and 2: 835s posted into the append-only ledger — payments, contractual CO adjusted off, PR moved
 * to the next coverage or the patient, other CO held open as denials, variances flagged, reversal and correction,
 * PLB recoupment and interest, the unmatched queue, duplicates, the claim workflow, all-or-nothing per check — with
 * the ledger's invariants checked after each.
 */
describe('remittance posting', () => {
  let app: INestApplication;
  let practice: BillingPractice;
  let alvarez: SubmittedClaim;
  let baker: SubmittedClaim;
  let carter: SubmittedClaim;
  let dunn: SubmittedClaim;

  const upload = (x12: string) => practice.admin.agent.post(`${practice.base}/remittances`).set('x-csrf-token', practice.admin.csrf).set('content-type', 'text/plain').send(x12);
  const balances = async (claim: SubmittedClaim) => {
    const rows = await practice.rows<{ party: string; coverage_id: string | null; total: string }>(
      `select party, coverage_id, sum(amount_cents)::text as total from ledger_entry where patient_id = ? group by party, coverage_id`,
      [claim.patientId],
    );
    const of = (party: string, coverageId: string | null) => Number(rows.find((row) => row.party === party && row.coverage_id === coverageId)?.total ?? 0);
    return { primary: of('payer', claim.coverageIds.primary), secondary: claim.coverageIds.secondary ? of('payer', claim.coverageIds.secondary) : 0, patient: of('patient', null) };
  };
  const verified = async () => {
    const result = await verifyLedger(app.get(MikroORM).em.fork() as never, practice.admin.organizationId);
    expect(result.violations).toEqual([]);
    return result;
  };
  const entryCount = async () => Number((await practice.rows<{ count: string }>('select count(*)::text as count from ledger_entry where organization_id = ?', [practice.admin.organizationId]))[0]?.count);
  const line = (claim: SubmittedClaim, index: number) => claim.lines[index] as SubmittedClaim['lines'][number];

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    practice = await BillingPractice.create(app);
    alvarez = await practice.submittedClaim('Alvarez');
    baker = await practice.submittedClaim('Baker', { secondary: true });
    carter = await practice.submittedClaim('Carter');
    dunn = await practice.submittedClaim('Dunn');
  }, 180_000);

  afterAll(async () => {
    await app.close();
  });

  /** Alvarez: 99213 paid to the contract; 97110 underpaid (allowed $150.00 against $180.00). No secondary: PR to the patient. */
  const alvarezPayment = () =>
    test835({
      trace: 'CHK1001',
      claims: [
        {
          pcn: alvarez.patientControlNumber,
          charge: 36500,
          paid: 20000,
          patientResponsibility: 5000,
          lines: [
            { control: line(alvarez, 0).lineItemControlNumber, code: '99213', charge: 12500, paid: 8000, allowed: 10000, cas: [['CO', '45', 2500], ['PR', '2', 2000]] },
            { control: line(alvarez, 1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 12000, cas: [['CO', '45', 9000], ['PR', '2', 3000]] },
          ],
        },
      ],
    });

  it('posts a payment: contractual adjusted off, coinsurance to the patient, the claim paid, the variance flagged, BPR02 posted', async () => {
    const response = await upload(alvarezPayment()).expect(200);
    expect(response.body.postings).toEqual([
      expect.objectContaining({ outcome: 'posted', traceNumber: 'CHK1001', paymentCents: 20000, claimPayments: 1, unmatched: 0 }),
    ]);
    expect(response.body.postings[0].warnings.map((warning: { code: string }) => warning.code)).toEqual(['PAYMENT_VARIANCE']);
    expect(await balances(alvarez)).toEqual({ primary: 0, secondary: 0, patient: 5000 });
    expect(await practice.stateOf(alvarez.id)).toBe('paid');
    // Both moves (adjudicate, pay) are audited like any transition, though posting writes them in bulk.
    const audited = await practice.rows<{ action: string }>(`select action from audit_event where record_type = 'claim' and record_id = ? and correlation_id = ?`, [alvarez.id, response.headers['x-correlation-id']]);
    expect(audited).toHaveLength(2);
    expect((await practice.get(`/claims/${alvarez.id}`).expect(200)).body.payerClaimNumber).toBe(`ICN-${alvarez.patientControlNumber}`);

    const detail = await practice.get(`/remittances/${response.body.postings[0].remittanceId}`).expect(200);
    expect(detail.body.remittance).toMatchObject({ traceNumber: 'CHK1001', paymentCents: 20000, payerRecordId: practice.ids.payerId, claimCount: 1, unmatchedCount: 0 });
    const [claim] = detail.body.claims;
    expect(claim.adjustments.map((adjustment: { groupCode: string; reasonCode: string; amountCents: number; disposition: string }) => [adjustment.groupCode, adjustment.reasonCode, adjustment.amountCents, adjustment.disposition])).toEqual([
      ['CO', '45', 2500, 'contractual'],
      ['PR', '2', 2000, 'patient'],
      ['CO', '45', 9000, 'contractual'],
      ['PR', '2', 3000, 'patient'],
    ]);
    expect(claim.lines.map((posted: { matchMethod: string; contractAllowedCents: number; expectedPaymentCents: number; varianceStatus: string }) => [posted.matchMethod, posted.contractAllowedCents, posted.expectedPaymentCents, posted.varianceStatus])).toEqual([
      ['control-number', 10000, 8000, 'none'],
      ['control-number', 18000, 15000, 'flagged'],
    ]);
    const variances = await practice.get('/remittances/variances').expect(200);
    expect(variances.body.total).toBe(1);
    await practice.post(`/remittances/variances/${variances.body.items[0].id}/explanation`, { note: 'payer applied the 2025 rate; appeal filed' }).expect(200);
    expect((await practice.get('/remittances/variances').expect(200)).body.total).toBe(0);
    await verified();
  });

  it('reports the same payment posted again as a duplicate and changes nothing', async () => {
    const before = await entryCount();
    const again = await upload(alvarezPayment()).expect(200);
    expect(again.body.alreadyArchived).toBe(true);
    expect(again.body.postings).toEqual([expect.objectContaining({ outcome: 'duplicate', traceNumber: 'CHK1001' })]);
    expect(await entryCount()).toBe(before);
    expect(await balances(alvarez)).toEqual({ primary: 0, secondary: 0, patient: 5000 });
  });

  it('moves the deductible to the secondary coverage and holds a CO-50 denial open with the primary', async () => {
    const response = await upload(
      test835({
        trace: 'CHK1002',
        claims: [
          {
            pcn: baker.patientControlNumber,
            charge: 36500,
            paid: 8000,
            patientResponsibility: 2000,
            lines: [
              { control: line(baker, 0).lineItemControlNumber, code: '99213', charge: 12500, paid: 8000, cas: [['CO', '45', 2500], ['PR', '1', 2000]] },
              { control: line(baker, 1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 0, cas: [['CO', '50', 24000]] },
            ],
          },
        ],
      }),
    ).expect(200);
    expect(response.body.postings[0]).toMatchObject({ outcome: 'posted', unmatched: 0 });
    expect(await balances(baker)).toEqual({ primary: 24000, secondary: 2000, patient: 0 });
    const account = await practice.get(`/ledger/balances/patients/${baker.patientId}`).expect(200);
    expect(account.body.items).toEqual([
      { party: 'payer', coverageId: expect.any(String), payerRecordId: expect.any(String), balanceCents: expect.any(Number) },
      { party: 'payer', coverageId: expect.any(String), payerRecordId: expect.any(String), balanceCents: expect.any(Number) },
    ]);
    expect(Object.fromEntries(account.body.items.map((item: { coverageId: string; balanceCents: number }) => [item.coverageId, item.balanceCents]))).toEqual({
      [baker.coverageIds.primary]: 24000,
      [baker.coverageIds.secondary as string]: 2000,
    });
    expect(await practice.stateOf(baker.id)).toBe('partially-paid');
    const dispositions = await practice.rows<{ reason_code: string; disposition: string }>(
      `select a.reason_code, a.disposition from remittance_adjustment a join remittance_claim c on c.id = a.remittance_claim_id where c.claim_id = ? order by a.reason_code`,
      [baker.id],
    );
    expect(dispositions).toEqual([
      { reason_code: '1', disposition: 'next-coverage' },
      { reason_code: '45', disposition: 'contractual' },
      { reason_code: '50', disposition: 'denial' },
    ]);
    // The CO-50 goes to the denial queue of its category (by the job posting queued), due within the payer's appeal limit.
    const items = await eventually(async () => {
      const found = await practice.rows<{ kind: string; category: string; due_date: string }>(`select kind, category, due_date from work_item where record_id = ? and kind = 'denial'`, [baker.id]);
      return found.length > 0 ? found : undefined;
    });
    expect(items).toEqual([{ kind: 'denial', category: 'medical-necessity', due_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
    await verified();
  });

  it('denies a claim the payer denied whole (CLP02 4), with nothing paid', async () => {
    await upload(test835({ trace: 'NOPAY1003', claims: [{ pcn: dunn.patientControlNumber, status: '4', charge: 36500, paid: 0, cas: [['CO', '29', 36500]] }] })).expect(200);
    expect(await practice.stateOf(dunn.id)).toBe('denied');
    expect(await balances(dunn)).toEqual({ primary: 36500, secondary: 0, patient: 0 });
    expect(await eventually(async () => {
      const found = await practice.rows(`select category from work_item where record_id = ? and kind = 'denial'`, [dunn.id]);
      return found.length > 0 ? found : undefined;
    })).toEqual([{ category: 'timely-filing' }]);
    await verified();
  });

  it('reverses an earlier payment and posts its correction afresh (one 835)', async () => {
    const before = await practice.rows<{ count: string }>(`select count(*)::text as count from ledger_entry where claim_id = ? and source = 'remittance'`, [alvarez.id]);
    const response = await upload(
      test835({
        trace: 'CHK1004',
        claims: [
          {
            pcn: alvarez.patientControlNumber,
            status: '22',
            charge: -36500,
            paid: -20000,
            patientResponsibility: -5000,
            lines: [
              { control: line(alvarez, 0).lineItemControlNumber, code: '99213', charge: -12500, paid: -8000, cas: [['CO', '45', -2500], ['PR', '2', -2000]] },
              { control: line(alvarez, 1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: -24000, paid: -12000, cas: [['CO', '45', -9000], ['PR', '2', -3000]] },
            ],
          },
          {
            pcn: alvarez.patientControlNumber,
            charge: 36500,
            paid: 23000,
            patientResponsibility: 5000,
            lines: [
              { control: line(alvarez, 0).lineItemControlNumber, code: '99213', charge: 12500, paid: 8000, cas: [['CO', '45', 2500], ['PR', '2', 2000]] },
              { control: line(alvarez, 1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 15000, cas: [['CO', '45', 6000], ['PR', '2', 3000]] },
            ],
          },
        ],
      }),
    ).expect(200);
    expect(response.body.postings[0]).toMatchObject({ outcome: 'posted', paymentCents: 3000, claimPayments: 2, unmatched: 0 });
    const reversals = await practice.rows<{ count: string; total: string }>(`select count(*)::text as count, sum(amount_cents)::text as total from ledger_entry where claim_id = ? and kind = 'reversal'`, [alvarez.id]);
    // Every entry of the first payment is reversed once: the payment and adjustment on each line, and the two transfer legs of each PR.
    expect(Number(reversals[0]?.count)).toBe(Number(before[0]?.count));
    expect(await balances(alvarez)).toEqual({ primary: 0, secondary: 0, patient: 5000 });
    expect(await practice.stateOf(alvarez.id)).toBe('paid');
    await verified();
  });

  it('queues each entry for the ledger rollups, folds the queue into each account’s balance and each line’s money, and verify names a row that drifted', async () => {
    const therapy = line(alvarez, 1).chargeId;
    const rollup = () =>
      practice.rows<{ party: string; coverage_id: string | null; balance_cents: string; charged: boolean }>(
        `select party, coverage_id, balance_cents::text, charged from ledger_account_balance where charge_id = ? order by party`,
        [therapy],
      );
    const queued = async () => Number((await practice.rows<{ n: string }>(`select count(*)::text as n from ledger_entry_unrolled where charge_id = ?`, [therapy]))[0]?.n);
    // Nothing folded yet (tests fold only when they say so): every entry of the line is queued, and verify counts the
    // rollup as what it has folded.
    expect(await rollup()).toEqual([]);
    expect(await queued()).toBeGreaterThanOrEqual(8);
    await verified();
    await app.get(LedgerRollupFolder).foldAll();
    expect(await queued()).toBe(0);
    // 97110 after the payment, its reversal and the correction: $240.00 charged to the primary, $150.00 paid, $60.00
    // CO-45 adjusted off, $30.00 PR moved to the patient.
    expect(await rollup()).toEqual([
      { party: 'patient', coverage_id: null, balance_cents: '3000', charged: false },
      { party: 'payer', coverage_id: alvarez.coverageIds.primary, balance_cents: '0', charged: true },
    ]);
    await practice.rows(`update ledger_account_balance set balance_cents = balance_cents + 1 where charge_id = ? and party = 'patient'`, [therapy]);
    const drifted = await verifyLedger(app.get(MikroORM).em.fork() as never, practice.admin.organizationId);
    expect(drifted.violations).toEqual([expect.objectContaining({ check: 'account-balances-match-entries', ids: [`${therapy} patient`] })]);
    await practice.rows(`update ledger_account_balance set balance_cents = balance_cents - 1 where charge_id = ? and party = 'patient'`, [therapy]);
    await verified();

    // The line's money in ledger_line_money, in the ledger's signs: the reversed first payment and adjustment net out.
    const lineMoney = () =>
      practice.rows(`select date_of_service, charge_cents::text, payment_cents::text, refund_cents::text, contractual_cents::text from ledger_line_money where charge_id = ?`, [therapy]);
    expect(await lineMoney()).toEqual([{ date_of_service: DATE_OF_SERVICE, charge_cents: '24000', payment_cents: '-15000', refund_cents: '0', contractual_cents: '-6000' }]);
    await practice.rows(`update ledger_line_money set payment_cents = payment_cents - 1 where charge_id = ?`, [therapy]);
    const driftedLine = await verifyLedger(app.get(MikroORM).em.fork() as never, practice.admin.organizationId);
    expect(driftedLine.violations).toEqual([expect.objectContaining({ check: 'line-money-matches-entries', ids: [therapy] })]);
    await practice.rows(`update ledger_line_money set payment_cents = payment_cents + 1 where charge_id = ?`, [therapy]);
    await verified();
  });

  it('takes a PLB WO recoupment from the referenced claim, records L6 interest and a CS adjustment, and posts BPR02 exactly', async () => {
    const response = await upload(
      test835({
        trace: 'EFT1005',
        claims: [
          {
            pcn: carter.patientControlNumber,
            charge: 36500,
            paid: 28000,
            lines: [
              { control: line(carter, 0).lineItemControlNumber, code: '99213', charge: 12500, paid: 10000, cas: [['CO', '45', 2500]] },
              { control: line(carter, 1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 18000, cas: [['CO', '45', 6000]] },
            ],
          },
        ],
        plb: [
          // The recoupment names the claim by the payer's claim number (CLP07), not by ours.
          ['WO', `ICN-${alvarez.patientControlNumber}`, 1000],
          ['L6', undefined, -250],
          ['CS', 'ADJ-77', 500],
        ],
      }),
    ).expect(200);
    expect(response.body.postings[0]).toMatchObject({ outcome: 'posted', paymentCents: 26750 });
    expect(await balances(carter)).toEqual({ primary: 0, secondary: 0, patient: 0 });
    // The payer took $10.00 back from Alvarez's claim: its payer balance shows it.
    expect(await balances(alvarez)).toEqual({ primary: 1000, secondary: 0, patient: 5000 });
    const plb = await practice.rows<{ reason_code: string; disposition: string; claim_id: string | null; amount_cents: string }>(
      `select reason_code, disposition, claim_id, amount_cents::text as amount_cents from provider_adjustment where remittance_id = ? order by reason_code`,
      [response.body.postings[0].remittanceId],
    );
    expect(plb).toEqual([
      { reason_code: 'CS', disposition: 'provider-account', claim_id: null, amount_cents: '500' },
      { reason_code: 'L6', disposition: 'interest', claim_id: null, amount_cents: '-250' },
      { reason_code: 'WO', disposition: 'recoupment', claim_id: alvarez.id, amount_cents: '1000' },
    ]);
    await verified();
  });

  it('puts what it cannot match in the unmatched queue with the reason, and posts the rest', async () => {
    const response = await upload(
      test835({
        trace: 'CHK1006',
        claims: [
          { pcn: 'ZZNOTOURS1', charge: 10000, paid: 5000, lines: [{ code: '99213', charge: 10000, paid: 5000, cas: [['CO', '45', 5000]] }] },
          { pcn: carter.patientControlNumber, charge: 9900, paid: 100, lines: [{ control: 'C-UNKNOWN', code: '99999', charge: 9900, paid: 100, cas: [['CO', '45', 9800]] }] },
        ],
      }),
    ).expect(200);
    expect(response.body.postings[0]).toMatchObject({ outcome: 'posted', claimPayments: 0, unmatched: 2 });
    const queue = await practice.get('/remittances/unmatched').expect(200);
    expect(queue.body.items.map((item: { patientControlNumber: string; unmatchedReason: string }) => [item.patientControlNumber, item.unmatchedReason])).toEqual([
      ['ZZNOTOURS1', 'no claim has patient control number (CLP01) ZZNOTOURS1'],
      [carter.patientControlNumber, `claim ${carter.patientControlNumber}: SVC #1 (99999, $99.00, 2026-03-02): no claim line with REF*6R C-UNKNOWN or the same procedure, modifiers, date and charge`],
    ]);
    expect(await balances(carter)).toEqual({ primary: 0, secondary: 0, patient: 0 });
    await verified();
  });

  it('posts all of a check or none of it when posting fails part-way', async () => {
    const followers = app.get<RemittanceFollower[]>(REMITTANCE_FOLLOWERS);
    let calls = 0;
    // The crash comes after every entry of the check was written and its claims moved: the whole check must roll back.
    const crash: RemittanceFollower = {
      afterClaimPayments: async (_context, payments) => {
        calls += payments.length;
        throw new Error(`injected crash after ${calls} claim payments were posted`);
      },
    };
    followers.push(crash);
    const eve = await practice.submittedClaim('Evans');
    const frank = await practice.submittedClaim('Franklin');
    const file = test835({
      trace: 'CHK1007',
      claims: [eve, frank].map((claim) => ({
        pcn: claim.patientControlNumber,
        charge: 36500,
        paid: 28000,
        lines: [
          { control: line(claim, 0).lineItemControlNumber, code: '99213', charge: 12500, paid: 10000, cas: [['CO', '45', 2500]] as const },
          { control: line(claim, 1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 18000, cas: [['CO', '45', 6000]] as const },
        ],
      })),
    });
    try {
      await expect(runInAuditScope(practice.context, null, () => app.get(RemittanceIngestion).ingest(practice.context, file, { fileName: 'crash.835', pluginId: 'test' }))).rejects.toThrow('injected crash after 2 claim payments were posted');
    } finally {
      followers.splice(followers.indexOf(crash), 1);
    }
    expect(await practice.rows(`select id from remittance where trace_number = 'CHK1007'`)).toEqual([]);
    expect(await practice.rows(`select id from ledger_entry where source = 'remittance' and claim_id in (?, ?)`, [eve.id, frank.id])).toEqual([]);
    expect(await practice.stateOf(eve.id)).toBe('submitted');

    const retried = await upload(file).expect(200);
    expect(retried.body.postings[0]).toMatchObject({ outcome: 'posted', claimPayments: 2 });
    expect(await balances(eve)).toEqual({ primary: 0, secondary: 0, patient: 0 });
    await verified();
  });

  it('refuses a file that does not balance or is not X12, naming the element', async () => {
    const unbalanced = test835({ trace: 'CHK1008', claims: [{ pcn: carter.patientControlNumber, charge: 100, paid: 100 }] }).replace('BPR*I*1*C', 'BPR*I*2*C');
    const refused = await upload(unbalanced).expect(400);
    expect(JSON.stringify(refused.body)).toContain('BPR02');
    const garbage = await upload('ISA*00*nonsense~').expect(400);
    expect(JSON.stringify(garbage.body)).toMatch(/ISA/);
    expect(await practice.rows(`select id from remittance where trace_number = 'CHK1008'`)).toEqual([]);
  });

  it('keeps the ledger append-only', async () => {
    await expect(practice.rows('update ledger_entry set amount_cents = 0 where organization_id = ?', [practice.admin.organizationId])).rejects.toThrow(/append-only/);
    await expect(practice.rows('delete from ledger_entry where organization_id = ?', [practice.admin.organizationId])).rejects.toThrow(/append-only/);
    const result = await verified();
    expect(result.entries).toBeGreaterThan(20);
  });
});
