import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { verifyLedger } from '../src/ledger/ledger.verifier';
import { addDays } from '../src/time/calendar-date';
import { BillingPractice, type SubmittedClaim } from './support/billing-practice';
import { test835, type TestClaim } from './support/remittance-835';
import { startTestServer, testConfig } from './support/test-app';

/**
 * Issue #9 item 7, credit balances: a payer paying a line twice leaves its account below zero; the worklist shows it
 * with the claim, the date it was identified and, for Medicare, the refund due 60 days later; a refund (never more
 * than the credit) or a transfer to another party's balance of the line resolves it, and the ledger stays sound.
 */
describe('credit balances', () => {
  let app: INestApplication;
  let practice: BillingPractice;
  let medicareId: string;
  let ellis: SubmittedClaim;
  let fox: SubmittedClaim;

  const line = (claim: SubmittedClaim, index: number) => claim.lines[index] as SubmittedClaim['lines'][number];
  const upload = (x12: string) => practice.admin.agent.post(`${practice.base}/remittances`).set('x-csrf-token', practice.admin.csrf).set('content-type', 'text/plain').send(x12).expect(200);
  /** The payment of the whole claim: 99213 to the contract with $20.00 coinsurance, 97110 to the contract. */
  const paid = (claim: SubmittedClaim): TestClaim => ({
    pcn: claim.patientControlNumber,
    charge: 36500,
    paid: 26000,
    lines: [
      { control: line(claim, 0).lineItemControlNumber, code: '99213', charge: 12500, paid: 8000, cas: [['CO', '45', 2500], ['PR', '2', 2000]] },
      { control: line(claim, 1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 18000, cas: [['CO', '45', 6000]] },
    ],
  });
  /** The payer pays the office visit again, in full, on another check. */
  const paidAgain = (claim: SubmittedClaim): TestClaim => ({
    pcn: claim.patientControlNumber,
    charge: 12500,
    paid: 12500,
    lines: [{ control: line(claim, 0).lineItemControlNumber, code: '99213', charge: 12500, paid: 12500 }],
  });
  const accounts = async (claim: SubmittedClaim) => {
    const rows = await practice.rows<{ coverage_id: string | null; total: string }>(`select coverage_id, sum(amount_cents)::text as total from ledger_entry where charge_id = ? group by coverage_id`, [line(claim, 0).chargeId]);
    return { payer: Number(rows.find((row) => row.coverage_id === claim.coverageIds.primary)?.total ?? 0), patient: Number(rows.find((row) => row.coverage_id === null)?.total ?? 0) };
  };
  const credits = async (query = '') => (await practice.get(`/credit-balances${query}`).expect(200)).body;
  const refund = (body: object) => practice.post('/credit-balances/refund', body);
  const transfer = (body: object) => practice.post('/credit-balances/transfer', body);
  const verified = async () => expect((await verifyLedger(app.get(MikroORM).em.fork() as never, practice.admin.organizationId)).violations).toEqual([]);

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    practice = await BillingPractice.create(app);
    medicareId = await practice.addPayer({ name: 'Medicare Part B', payerId: 'MCARE1', claimFilingIndicator: 'MB' });
    ellis = await practice.submittedClaim('Ellis');
    fox = await practice.submittedClaim('Fox', { primaryPayerId: medicareId });
  }, 90_000);

  afterAll(async () => {
    await app.close();
  });

  it('finds no credit while every account is at or above zero', async () => {
    await upload(test835({ trace: 'CR-1001', claims: [paid(ellis)] }));
    expect(await accounts(ellis)).toEqual({ payer: 0, patient: 2000 });
    expect((await credits()).total).toBe(0);
  });

  it('lists the credit a second payment of the line makes, with its claim and the date it was identified', async () => {
    const second = await upload(test835({ trace: 'CR-1002', claims: [paidAgain(ellis)], interchange: 2 }));
    const receivedOn = (await practice.get(`/remittances/${second.body.postings[0].remittanceId}`).expect(200)).body.remittance.receivedOn;
    expect(await accounts(ellis)).toEqual({ payer: -12500, patient: 2000 });
    const list = await credits();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      chargeId: line(ellis, 0).chargeId,
      party: 'payer',
      coverageId: ellis.coverageIds.primary,
      patientId: ellis.patientId,
      payerRecordId: practice.ids.payerId,
      payerName: 'Acme Health',
      claimId: ellis.id,
      patientControlNumber: ellis.patientControlNumber,
      procedureCode: '99213',
      balanceCents: -12500,
      creditCents: 12500,
      identifiedOn: receivedOn,
      medicare: false,
      refundDueDate: null,
    });
    expect((await credits('?party=patient')).total).toBe(0);
  });

  it('refuses a refund of more than the credit, to the wrong party, or of a line without credit', async () => {
    const base = { chargeId: line(ellis, 0).chargeId, coverageId: ellis.coverageIds.primary, payee: 'payer', reference: 'RF-77', note: 'duplicate payment on check CR-1002' };
    const over = await refund({ ...base, amountCents: 12501 }).expect(400);
    expect(over.body.errors).toEqual([{ field: 'amountCents', message: 'the refund (12501 cents) is more than the credit of 12500 cents' }]);
    const wrongPayee = await refund({ ...base, amountCents: 100, payee: 'patient' }).expect(400);
    expect(wrongPayee.body.errors[0].field).toBe('payee');
    const noCredit = await refund({ ...base, chargeId: line(ellis, 1).chargeId, amountCents: 100 }).expect(400);
    expect(noCredit.body.errors).toEqual([{ field: 'coverageId', message: 'the account has no credit balance to refund (its balance is 0 cents)' }]);
    const fractional = await refund({ ...base, amountCents: 10.5 }).expect(400);
    expect(fractional.body.errors).toEqual([{ field: 'amountCents', message: 'a whole number of cents' }]);
    expect(await accounts(ellis)).toEqual({ payer: -12500, patient: 2000 });
  });

  it('applies part of the credit to the patient’s balance of the line by a transfer, and refunds the rest to the payer', async () => {
    const base = { chargeId: line(ellis, 0).chargeId, fromCoverageId: ellis.coverageIds.primary, toCoverageId: null, note: 'the payer’s second payment covers the coinsurance' };
    const tooMuch = await transfer({ ...base, amountCents: 2500 }).expect(400);
    expect(tooMuch.body.errors).toEqual([{ field: 'amountCents', message: 'the receiving account owes 2000 cents; apply at most that (refund the rest)' }]);
    const moved = await transfer({ ...base, amountCents: 2000 }).expect(200);
    expect(moved.body.balances).toEqual([{ coverageId: ellis.coverageIds.primary, balanceCents: -10500 }, { coverageId: null, balanceCents: 0 }]);
    expect(await accounts(ellis)).toEqual({ payer: -10500, patient: 0 });
    expect((await credits()).items[0]).toMatchObject({ chargeId: line(ellis, 0).chargeId, creditCents: 10500 });

    const refunded = await refund({ chargeId: line(ellis, 0).chargeId, coverageId: ellis.coverageIds.primary, amountCents: 10500, payee: 'payer', reference: 'RF-77', note: 'duplicate payment on check CR-1002' }).expect(200);
    expect(refunded.body.balances).toEqual([{ coverageId: ellis.coverageIds.primary, balanceCents: 0 }]);
    expect(await accounts(ellis)).toEqual({ payer: 0, patient: 0 });
    expect((await credits()).total).toBe(0);
    const entries = await practice.rows<{ kind: string; amount_cents: string; party: string; source: string; reference: string | null; memo: string; posted_by: string; claim_id: string | null }>(
      `select kind, amount_cents::text as amount_cents, party, source, reference, memo, posted_by, claim_id from ledger_entry where charge_id = ? and source = 'manual' order by kind, party`,
      [line(ellis, 0).chargeId],
    );
    const [user] = await practice.rows<{ id: string }>('select id from app_user where email = ?', [practice.admin.email]);
    expect(entries.map((entry) => [entry.kind, Number(entry.amount_cents), entry.party, entry.reference])).toEqual([
      ['refund', 10500, 'payer', 'RF-77'],
      ['transfer', -2000, 'patient', null],
      ['transfer', 2000, 'payer', null],
    ]);
    expect(entries.every((entry) => entry.posted_by === user?.id)).toBe(true);
    expect(entries[0]).toMatchObject({ memo: 'refund to the payer: duplicate payment on check CR-1002', claim_id: ellis.id });
    await refund({ chargeId: line(ellis, 0).chargeId, coverageId: ellis.coverageIds.primary, amountCents: 1, payee: 'payer', reference: 'RF-78', note: 'once more' }).expect(400);
    await verified();
  });

  it('gives a Medicare overpayment its refund due date, 60 days after it was identified', async () => {
    await upload(test835({ trace: 'MC-2001', payerId: 'MCARE1', claims: [paid(fox)], interchange: 3 }));
    const second = await upload(test835({ trace: 'MC-2002', payerId: 'MCARE1', claims: [paidAgain(fox)], interchange: 4 }));
    const receivedOn = (await practice.get(`/remittances/${second.body.postings[0].remittanceId}`).expect(200)).body.remittance.receivedOn;
    const list = await credits(`?payerRecordId=${medicareId}`);
    expect(list.items).toEqual([
      expect.objectContaining({ chargeId: line(fox, 0).chargeId, payerName: 'Medicare Part B', claimId: fox.id, creditCents: 12500, identifiedOn: receivedOn, medicare: true, refundDueDate: addDays(receivedOn, 60) }),
    ]);
    await refund({ chargeId: line(fox, 0).chargeId, coverageId: fox.coverageIds.primary, amountCents: 12500, payee: 'payer', reference: 'MC-RF-1', note: 'duplicate Medicare payment' }).expect(200);
    expect((await credits()).total).toBe(0);
    await verified();
  });
});
