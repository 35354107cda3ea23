import type { INestApplication } from '@nestjs/common';
import { BillingPractice, type SubmittedClaim } from './support/billing-practice';
import { test835 } from './support/remittance-835';
import { signInAsNewAdmin } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

/**
 * Issue #9 item 4: bank deposits (API or CSV) matched to posted 835s by TRN02 trace number and exact amount, when
 * entered, imported, when an 835 posts and on demand; near matches with the difference; unmatched deposits and
 * unmatched 835s listed; manual match and unmatch with a reason, in the history and the audit trail.
 */
describe('deposit reconciliation', () => {
  let app: INestApplication;
  let practice: BillingPractice;
  const claims = {} as Record<'alvarez' | 'baker' | 'carter' | 'dunn', SubmittedClaim>;
  const remittanceIds = {} as Record<'eft2001' | 'chk3001' | 'chk3002', string>;
  const depositIds = {} as Record<'eft2001' | 'b1' | 'b2' | 'b3', string>;

  const csv = (text: string) => practice.admin.agent.post(`${practice.base}/deposits/import`).set('x-csrf-token', practice.admin.csrf).set('content-type', 'text/csv').send(text);
  const upload835 = async (claim: SubmittedClaim, trace: string, paid: [number, number], cas: [number, number], status = '1') => {
    const [first, second] = claim.lines as [SubmittedClaim['lines'][number], SubmittedClaim['lines'][number]];
    const x12 = test835({
      trace,
      claims: [
        {
          pcn: claim.patientControlNumber,
          status,
          charge: 36500,
          paid: paid[0] + paid[1],
          lines: [
            { control: first.lineItemControlNumber, code: '99213', charge: 12500, paid: paid[0], cas: [['CO', status === '4' ? '50' : '45', cas[0]]] },
            { control: second.lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: paid[1], cas: [['CO', status === '4' ? '50' : '45', cas[1]]] },
          ],
        },
      ],
    });
    const response = await practice.admin.agent.post(`${practice.base}/remittances`).set('x-csrf-token', practice.admin.csrf).set('content-type', 'text/plain').send(x12).expect(200);
    expect(response.body.postings).toEqual([expect.objectContaining({ outcome: 'posted', traceNumber: trace })]);
    return response.body.postings[0].remittanceId as string;
  };
  const deposit = async (id: string) => (await practice.get(`/deposits/${id}`).expect(200)).body;
  const unmatchedRemittances = async () => (await practice.get('/deposits/unmatched-remittances').expect(200)).body;

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    practice = await BillingPractice.create(app);
    claims.alvarez = await practice.submittedClaim('Alvarez');
    claims.baker = await practice.submittedClaim('Baker');
    claims.carter = await practice.submittedClaim('Carter');
    claims.dunn = await practice.submittedClaim('Dunn');
  });

  afterAll(async () => {
    await app.close();
  });

  it('keeps a deposit entered before its 835 unmatched, and matches it when the 835 posts', async () => {
    const entered = await practice.post('/deposits', { depositDate: '2026-11-02', amountCents: 28000, traceNumber: ' eft-2001 ', payerName: 'Acme Health', bankReference: 'ACH 991' }).expect(201);
    expect(entered.body.reconciliation).toEqual({ examined: 1, matches: [], nearMatches: [], ambiguous: [] });
    expect(entered.body.deposit).toMatchObject({ depositDate: '2026-11-02', amountCents: 28000, traceNumber: 'eft-2001', source: 'api', state: 'unmatched', remittance: null, nearMatches: [] });
    depositIds.eft2001 = entered.body.deposit.id;

    remittanceIds.eft2001 = await upload835(claims.alvarez, 'EFT-2001', [10000, 18000], [2500, 6000]);
    const matched = await deposit(depositIds.eft2001);
    expect(matched).toMatchObject({
      state: 'matched',
      matchMethod: 'auto',
      differenceCents: 0,
      remittance: { id: remittanceIds.eft2001, traceNumber: 'EFT-2001', traceOriginator: '1999999999', payerName: 'ACME HEALTH', paymentCents: 28000, paymentDate: '2026-04-01', method: 'CHK' },
    });
    expect(matched.history).toEqual([expect.objectContaining({ action: 'match', method: 'auto', remittanceId: remittanceIds.eft2001, reason: 'trace number (TRN02) and amount match', actor: expect.stringMatching(/^user:[0-9a-f-]{36}$/) })]);
    expect((await unmatchedRemittances()).total).toBe(0);
  });

  it('imports a bank CSV: matches by trace and exact cents, reports the same trace with another amount as a near match', async () => {
    remittanceIds.chk3001 = await upload835(claims.baker, 'CHK-3001', [8000, 12000], [4500, 12000]);
    remittanceIds.chk3002 = await upload835(claims.carter, 'CHK-3002', [5000, 10000], [7500, 14000]);
    expect((await unmatchedRemittances()).items.map((item: { traceNumber: string; paymentCents: number }) => [item.traceNumber, item.paymentCents])).toEqual([
      ['CHK-3001', 20000],
      ['CHK-3002', 15000],
    ]);

    const file = 'date,amount,trace,payer,reference\n2026-11-03,200.00,CHK-3001,Acme Health,B-1\n11/03/2026,"$149.99",CHK-3002,Acme Health,B-2\n2026-11-04,75.25,,Patient check,B-3\n';
    const imported = await csv(file).expect(200);
    expect(imported.body).toMatchObject({ imported: 3, importedCents: 42524, duplicates: [] });
    const [b1, b2, b3] = imported.body.deposits as { line: number; depositId: string }[];
    expect([b1?.line, b2?.line, b3?.line]).toEqual([2, 3, 4]);
    Object.assign(depositIds, { b1: b1!.depositId, b2: b2!.depositId, b3: b3!.depositId });
    expect(imported.body.reconciliation).toEqual({
      examined: 2,
      matches: [{ depositId: depositIds.b1, remittanceId: remittanceIds.chk3001 }],
      nearMatches: [{ depositId: depositIds.b2, remittanceId: remittanceIds.chk3002, traceNumber: 'CHK-3002', depositCents: 14999, remittanceCents: 15000, differenceCents: -1 }],
      ambiguous: [],
    });

    const unmatched = await practice.get('/deposits').query({ state: 'unmatched', sort: 'depositDate' }).expect(200);
    expect(unmatched.body.total).toBe(2);
    expect(unmatched.body.items.map((item: { bankReference: string; amountCents: number; depositDate: string; source: string }) => [item.bankReference, item.amountCents, item.depositDate, item.source])).toEqual([
      ['B-2', 14999, '2026-11-03', 'csv'],
      ['B-3', 7525, '2026-11-04', 'csv'],
    ]);
    expect(unmatched.body.items[0].nearMatches).toEqual([expect.objectContaining({ remittanceId: remittanceIds.chk3002, differenceCents: -1 })]);
    const matched = await practice.get('/deposits').query({ state: 'matched' }).expect(200);
    expect(matched.body.items.map((item: { id: string; remittance: { paymentCents: number } }) => [item.id, item.remittance.paymentCents])).toEqual([
      [depositIds.b1, 20000],
      [depositIds.eft2001, 28000],
    ]);
    const open = await unmatchedRemittances();
    expect(open).toMatchObject({ total: 1, items: [{ id: remittanceIds.chk3002, paymentCents: 15000, nearMatches: [{ depositId: depositIds.b2, depositCents: 14999, differenceCents: -1 }] }] });

    // The same file again: every line is already entered; nothing changes.
    const again = await csv(file).expect(200);
    expect(again.body).toMatchObject({ imported: 0, importedCents: 0, deposits: [] });
    expect(again.body.duplicates).toEqual([
      { line: 2, depositId: depositIds.b1, duplicateOfLine: null },
      { line: 3, depositId: depositIds.b2, duplicateOfLine: null },
      { line: 4, depositId: depositIds.b3, duplicateOfLine: null },
    ]);
    expect((await practice.get('/deposits').expect(200)).body.total).toBe(4);
  });

  it('refuses a bad file whole, naming the line and column', async () => {
    const refused = await csv('date,amount,trace\n2026-11-05,10.00,X-1\n2026-11-05,10.001,X-2\n2026-13-01,5,X-3\n').expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'line 3, amount', message: '"10.001" has fractions of a cent' },
      { field: 'line 4, date', message: '"2026-13-01" is not a calendar date (YYYY-MM-DD)' },
    ]);
    expect((await practice.get('/deposits').expect(200)).body.total).toBe(4);
    const wrongType = await practice.admin.agent.post(`${practice.base}/deposits/import`).set('x-csrf-token', practice.admin.csrf).send({ date: '2026-11-05' }).expect(400);
    expect(wrongType.body.errors[0].field).toBe('body');
  });

  it('refuses a bad deposit naming the field, and the same deposit twice', async () => {
    const zero = await practice.post('/deposits', { depositDate: '2026-11-05', amountCents: 0 }).expect(400);
    expect(zero.body.errors).toEqual([expect.objectContaining({ field: 'amountCents' })]);
    const badDate = await practice.post('/deposits', { depositDate: '2026-02-30', amountCents: 100 }).expect(400);
    expect(badDate.body.errors).toEqual([expect.objectContaining({ field: 'depositDate' })]);
    const fraction = await practice.post('/deposits', { depositDate: '2026-11-05', amountCents: 10.5 }).expect(400);
    expect(fraction.body.errors).toEqual([expect.objectContaining({ field: 'amountCents' })]);
    const twice = await practice.post('/deposits', { depositDate: '2026-11-02', amountCents: 28000, traceNumber: 'EFT-2001', bankReference: 'ach 991' }).expect(409);
    expect(twice.body.detail).toBe(`deposit ${depositIds.eft2001} of 2026-11-02 has the same amount, trace number and bank reference`);
  });

  it('matches and unmatches by hand with a reason, in the history and the audit trail; the matcher leaves an unmatched pair alone', async () => {
    const manual = await practice.post(`/deposits/${depositIds.b2}/match`, { remittanceId: remittanceIds.chk3002, reason: 'the bank took a 1 cent fee' }).expect(200);
    expect(manual.body).toMatchObject({ state: 'matched', matchMethod: 'manual', differenceCents: -1, remittance: { id: remittanceIds.chk3002, paymentCents: 15000 } });
    expect(manual.body.history).toEqual([expect.objectContaining({ action: 'match', method: 'manual', reason: 'the bank took a 1 cent fee' })]);
    expect((await unmatchedRemittances()).total).toBe(0);

    const taken = await practice.post(`/deposits/${depositIds.b3}/match`, { remittanceId: remittanceIds.chk3002, reason: 'same check' }).expect(409);
    expect(taken.body.detail).toBe(`remittance ${remittanceIds.chk3002} is matched to deposit ${depositIds.b2}`);
    const already = await practice.post(`/deposits/${depositIds.b2}/match`, { remittanceId: remittanceIds.chk3001, reason: 'again' }).expect(409);
    expect(already.body.detail).toBe(`deposit ${depositIds.b2} is matched to remittance ${remittanceIds.chk3002}; unmatch it first`);
    await practice.post(`/deposits/${depositIds.b3}/match`, { remittanceId: '00000000-0000-4000-8000-000000000000', reason: 'nowhere' }).expect(404);
    const noReason = await practice.post(`/deposits/${depositIds.b1}/unmatch`, {}).expect(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);

    const undone = await practice.post(`/deposits/${depositIds.b1}/unmatch`, { reason: 'the bank reversed this credit' }).expect(200);
    expect(undone.body).toMatchObject({ state: 'unmatched', matchMethod: null, remittance: null, differenceCents: null });
    expect(undone.body.history.map((event: { action: string; method: string; reason: string }) => [event.action, event.method, event.reason])).toEqual([
      ['match', 'auto', 'trace number (TRN02) and amount match'],
      ['unmatch', 'manual', 'the bank reversed this credit'],
    ]);
    await practice.post(`/deposits/${depositIds.b1}/unmatch`, { reason: 'twice' }).expect(409);

    // Reconciling again (twice: it is idempotent) does not pair them again; the 835 is listed as unmatched.
    for (let pass = 0; pass < 2; pass += 1) {
      const reconciled = await practice.post('/deposits/reconcile').expect(200);
      expect(reconciled.body).toEqual({ examined: 1, matches: [], nearMatches: [], ambiguous: [] });
    }
    expect((await deposit(depositIds.b1)).state).toBe('unmatched');
    expect((await unmatchedRemittances()).items.map((item: { id: string }) => item.id)).toEqual([remittanceIds.chk3001]);

    const userId = String(undone.body.history[1].actor).replace(/^user:/, '');
    const audit = await practice.rows<{ action: string; actor_id: string }>(`select action, actor_id from audit_event where record_type = 'deposit' and record_id = ? order by at`, [depositIds.b1]);
    expect(audit).toEqual([
      { action: 'update', actor_id: userId },
      { action: 'update', actor_id: userId },
    ]);
  });

  it('lists only remittances with money as waiting for a deposit', async () => {
    await upload835(claims.dunn, 'DENY-4001', [0, 0], [12500, 24000], '4');
    const open = await unmatchedRemittances();
    expect(open.items.map((item: { traceNumber: string }) => item.traceNumber)).toEqual(['CHK-3001']);
    const badSort = await practice.get('/deposits/unmatched-remittances').query({ sort: 'payer' }).expect(400);
    expect(badSort.body.errors).toEqual([{ field: 'sort', message: "'payer' is not sortable; sort by receivedOn, paymentDate, paymentCents" }]);
  });

  it('keeps deposits to their organization', async () => {
    const other = await signInAsNewAdmin(app);
    const base = `/api/organizations/${other.organizationId}`;
    await other.agent.get(`${base}/deposits/${depositIds.b1}`).expect(404);
    expect((await other.agent.get(`${base}/deposits`).expect(200)).body.total).toBe(0);
    expect((await other.agent.get(`${base}/deposits/unmatched-remittances`).expect(200)).body.total).toBe(0);
    await other.agent.post(`${base}/deposits/${depositIds.b1}/match`).set('x-csrf-token', other.csrf).send({ remittanceId: remittanceIds.chk3001, reason: 'not mine' }).expect(404);
  });
});
