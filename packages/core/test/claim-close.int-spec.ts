import type { INestApplication } from '@nestjs/common';
import { BillingPractice, type SubmittedClaim } from './support/billing-practice';
import { test835 } from './support/remittance-835';
import { startTestServer, testConfig } from './support/test-app';

/**
 * Issue #9 item 7, the Close-ready gate (DESIGN §2) on the claim workflow's `close`: a claim paid to the contract with
 * nothing left on any account closes; one with an unexplained variance or a balance left is refused with every failing
 * check and a reason a person can act on; the organization's policy (exception, with an owner and a reason) applies.
 */
describe('closing claims (the Close-ready gate)', () => {
  let app: INestApplication;
  let practice: BillingPractice;
  let ivers: SubmittedClaim;
  let jones: SubmittedClaim;
  let kim: SubmittedClaim;

  const line = (claim: SubmittedClaim, index: number) => claim.lines[index] as SubmittedClaim['lines'][number];
  const close = (claim: SubmittedClaim, body: object = {}) => practice.post(`/claims/${claim.id}/transitions`, { event: 'close', ...body });

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    practice = await BillingPractice.create(app);
    ivers = await practice.submittedClaim('Ivers');
    jones = await practice.submittedClaim('Jones');
    kim = await practice.submittedClaim('Kim');
    const x12 = test835({
      trace: 'CL-3001',
      claims: [
        {
          pcn: ivers.patientControlNumber,
          charge: 36500,
          paid: 28000,
          lines: [
            { control: line(ivers, 0).lineItemControlNumber, code: '99213', charge: 12500, paid: 10000, cas: [['CO', '45', 2500]] },
            { control: line(ivers, 1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 18000, cas: [['CO', '45', 6000]] },
          ],
        },
        {
          pcn: jones.patientControlNumber,
          charge: 36500,
          paid: 20000,
          lines: [
            { control: line(jones, 0).lineItemControlNumber, code: '99213', charge: 12500, paid: 8000, cas: [['CO', '45', 2500], ['PR', '2', 2000]] },
            { control: line(jones, 1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 12000, cas: [['CO', '45', 12000]] },
          ],
        },
      ],
    });
    await practice.admin.agent.post(`${practice.base}/remittances`).set('x-csrf-token', practice.admin.csrf).set('content-type', 'text/plain').send(x12).expect(200);
  }, 90_000);

  afterAll(async () => {
    await app.close();
  });

  it('closes the settled claims that pass and refuses the others with every failing check and its reason', async () => {
    expect(await practice.stateOf(ivers.id)).toBe('paid');
    expect(await practice.stateOf(jones.id)).toBe('paid');
    const result = await practice.post('/claims/close-ready').expect(200);
    expect(result.body.closed).toEqual([{ claimId: ivers.id, patientControlNumber: ivers.patientControlNumber }]);
    expect(result.body.refused).toHaveLength(1);
    expect(result.body.refused[0]).toMatchObject({ claimId: jones.id, patientControlNumber: jones.patientControlNumber });
    expect(result.body.refused[0].failures).toEqual([
      {
        check: 'variances-explained',
        reason: `claim ${jones.patientControlNumber} has 1 unexplained payment variance(s): 97110 paid $120.00 against $180.00 expected (check CL-3001) — review each in the variance queue and explain it`,
      },
      {
        check: 'zero-balance',
        reason: `claim ${jones.patientControlNumber} has balances left: 99213 owed by the patient $20.00 — collect, adjust or refund them (a negative balance is a credit: see the credit balance worklist)`,
      },
    ]);
    expect(await practice.stateOf(ivers.id)).toBe('closed');
    expect(await practice.stateOf(jones.id)).toBe('paid');
    expect(await practice.stateOf(kim.id)).toBe('submitted');
  });

  it('refuses the close through the transitions route until the variance is explained and the balance passes by exception', async () => {
    const refused = await close(jones).expect(422);
    expect(refused.body.failures.map((failure: { check: string }) => failure.check)).toEqual(['variances-explained', 'zero-balance']);

    const variances = await practice.get('/remittances/variances').expect(200);
    const flagged = variances.body.items.find((item: { procedureCode: string; chargeId: string }) => item.chargeId === line(jones, 1).chargeId);
    await practice.post(`/remittances/variances/${flagged.id}/explanation`, { note: 'the payer capped therapy units; appeal not worth it' }).expect(200);
    const balanceOnly = await close(jones).expect(422);
    expect(balanceOnly.body.failures.map((failure: { check: string }) => failure.check)).toEqual(['zero-balance']);

    await practice.admin.agent.put(`${practice.base}/gates/zero-balance`).set('x-csrf-token', practice.admin.csrf).send({ policy: 'exception' }).expect(200);
    const [user] = await practice.rows<{ id: string }>('select id from app_user where email = ?', [practice.admin.email]);
    const closed = await close(jones, { exceptions: [{ check: 'zero-balance', owner: user?.id, reason: 'the coinsurance goes to patient statements' }] }).expect(200);
    expect(closed.body.claim.state).toBe('closed');
    expect(closed.body.transition.exceptions).toEqual([expect.objectContaining({ check: 'zero-balance', reason: 'the coinsurance goes to patient statements' })]);
    expect(closed.body.transition.workItemIds).toHaveLength(1);
  });

  it('does not close a claim the payer has not adjudicated', async () => {
    const refused = await close(kim).expect(422);
    expect(refused.body.failures).toEqual([{ check: 'transition', reason: "event 'close' is not allowed in state 'submitted' of workflow 'claim'; allowed: acknowledge, accept, reject, adjudicate" }]);
    expect((await practice.post('/claims/close-ready').expect(200)).body).toEqual({ closed: [], refused: [] });
  });
});
