import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { systemContext } from '@openrcm/sdk';
import { runInAuditScope } from '../../src/audit/audit-scope';
import { verifyLedger } from '../../src/ledger/ledger.verifier';
import { PaymentPlanDaily } from '../../src/payment-plans/payment-plan.daily';
import { BillingPractice, type SubmittedClaim } from '../support/billing-practice';
import { test835 } from '../support/remittance-835';
import { startTestSmtpServer, type ReceivedMail, type TestSmtpServer } from '../support/smtp';
import { eventually, startTestServer, testConfig } from '../support/test-app';

/** The messages the test's SMTP server received. */
let received: ReceivedMail[] = [];

/**
 * Issue #11, payments and payment plans: a staff payment posts to the ledger oldest line first with a receipt; a plan
 * moves the account out of the statement cycle; a missed installment gets one reminder, then the plan breaks after its
 * grace and the account moves on to the final notice.
 */
describe('patient payments and payment plans', () => {
  let app: INestApplication;
  let smtp: TestSmtpServer;
  let practice: BillingPractice;
  let claim: SubmittedClaim;
  const patch = (path: string, body: object) => practice.admin.agent.patch(`${practice.base}${path}`).set('x-csrf-token', practice.admin.csrf).send(body);
  const patientOwes = async () => {
    const rows = await practice.rows<{ owed: string }>(`select coalesce(sum(amount_cents), 0)::text as owed from ledger_entry where patient_id = ? and party = 'patient'`, [claim.patientId]);
    return Number(rows[0]?.owed);
  };
  /** The daily pass as its job runs it (in an audit scope), on a day of our choosing. */
  const daily = (isoDate: string) => {
    const context = systemContext(practice.admin.organizationId, 'test', 'payment-plans');
    return runInAuditScope(context, null, () => app.get(PaymentPlanDaily).run(context, new Date(`${isoDate}T17:00:00Z`)));
  };
  const account = async () => (await practice.get(`/patients/${claim.patientId}/statement-account`).expect(200)).body;
  const line = (index: number) => claim.lines[index] as SubmittedClaim['lines'][number];

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    received = smtp.received;
    const config = await testConfig({ useRedis: false });
    app = await startTestServer({ ...config, mail: { smtpUrl: smtp.url, outboxDir: '/nonexistent', from: 'Billing <billing@clinic.test>' } });
    practice = await BillingPractice.create(app);
    claim = await practice.submittedClaim('Planner');
    // $40.00 to the patient on the office visit (PR-1 $25.25, PR-2 $14.75) and $30.00 copay on the therapy line.
    await practice.admin.agent.post(`${practice.base}/remittances`).set('x-csrf-token', practice.admin.csrf).set('content-type', 'text/plain')
      .send(test835({
        trace: 'PLAN-1',
        claims: [{
          pcn: claim.patientControlNumber,
          charge: 36500,
          paid: 36500 - 8500 - 7000,
          lines: [
            { control: line(0).lineItemControlNumber, code: '99213', charge: 12500, paid: 6000, cas: [['CO', '45', 2500], ['PR', '1', 2525], ['PR', '2', 1475]] },
            { control: line(1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 15000, cas: [['CO', '45', 6000], ['PR', '3', 3000]] },
          ],
        }],
      }))
      .expect(200);
    await patch(`/patients/${claim.patientId}/statement-account`, { emailConsent: true, email: 'planner@example.test' }).expect(200);
  }, 180_000);

  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  it('refuses a payment above the balance or to a line not owed, and posts one to the line the patient chose with an emailed receipt', async () => {
    expect(await patientOwes()).toBe(7000);
    const refused = await practice.post(`/patients/${claim.patientId}/payments`, { amountCents: 7001, method: 'cash' }).expect(400);
    expect(JSON.stringify(refused.body)).toContain('amountCents');
    await practice.post(`/patients/${claim.patientId}/payments`, { amountCents: 1000, method: 'check' }).expect(400);

    const notOwed = await practice.post(`/patients/${claim.patientId}/payments`, { amountCents: 1500, method: 'cash', applyToChargeIds: ['00000000-0000-4000-8000-000000000000'] }).expect(400);
    expect(JSON.stringify(notOwed.body)).toContain('applyToChargeIds[0]');
    // The patient asks the check to pay the therapy line's copay first.
    const paid = await practice.post(`/patients/${claim.patientId}/payments`, { amountCents: 1500, method: 'check', reference: '1042', receiptEmail: 'planner@example.test', applyToChargeIds: [line(1).chargeId] }).expect(201);
    expect(paid.body).toMatchObject({ amountCents: 1500, method: 'check', channel: 'staff', reference: '1042' });
    expect(paid.body.applications).toEqual([expect.objectContaining({ chargeId: line(1).chargeId, amountCents: 1500 })]);
    expect(await patientOwes()).toBe(5500);
    const receipt = await eventually(async () => received.find((mail) => mail.subject.startsWith('Payment receipt')));
    expect(receipt.to).toEqual(['planner@example.test']);
    expect(receipt.text).toContain('Amount: $15.00');
    expect(receipt.text).toContain(`Receipt number: ${paid.body.id}`);
    expect((await verifyLedger(app.get(MikroORM).em.fork() as never, practice.admin.organizationId)).violations).toEqual([]);
  }, 60_000);

  it('makes a plan for the balance and refuses a second one or bad terms by field', async () => {
    const bad = await practice.post(`/patients/${claim.patientId}/payment-plans`, { installmentCents: 9000, cadence: 'monthly', firstDueOn: '2027-01-15', autopay: true }).expect(400);
    expect(JSON.stringify(bad.body)).toContain('installmentCents');
    expect(JSON.stringify(bad.body)).toContain('paymentMethodToken');
    const plan = await practice.post(`/patients/${claim.patientId}/payment-plans`, { installmentCents: 2000, cadence: 'monthly', firstDueOn: '2027-01-15', graceDays: 10 }).expect(201);
    expect(plan.body).toMatchObject({ state: 'active', totalCents: 5500, installmentCents: 2000, graceDays: 10, autopay: false, hasPaymentMethod: false });
    await practice.post(`/patients/${claim.patientId}/payment-plans`, { installmentCents: 2000, cadence: 'monthly', firstDueOn: '2027-01-15' }).expect(409);
    expect(await account()).toMatchObject({ state: 'payment-plan' });
  }, 60_000);

  it('reminds once of a missed installment, then breaks the plan after its grace and returns the account to the final notice', async () => {
    await practice.post(`/patients/${claim.patientId}/payments`, { amountCents: 2000, method: 'cash' }).expect(201);
    expect(await daily('2027-01-16')).toEqual({ charged: 0, chargeFailures: 0, reminded: 0, completed: 0, broken: 0 });

    const late = await daily('2027-02-16');
    expect(late).toMatchObject({ reminded: 1, broken: 0 });
    const reminder = await eventually(async () => received.find((mail) => mail.subject.startsWith('Payment plan reminder')));
    expect(reminder.to).toEqual(['planner@example.test']);
    expect(reminder.subject).toContain('$20.00 was due 2027-02-15');
    expect(reminder.text).toContain('Please pay by 2027-02-25');
    expect(await daily('2027-02-20')).toMatchObject({ reminded: 0, broken: 0 });
    const plans = (await practice.get(`/patients/${claim.patientId}/payment-plans`).expect(200)).body.items;
    expect(plans[0]).toMatchObject({ state: 'active', paidCents: 2000, remindedFor: '2027-02-15' });

    expect(await daily('2027-02-26')).toMatchObject({ broken: 1 });
    expect((await practice.get(`/patients/${claim.patientId}/payment-plans`).expect(200)).body.items[0]).toMatchObject({ state: 'broken', endedOn: '2027-02-26', standing: null });
    expect(await account()).toMatchObject({ state: 'final-notice' });
    expect(received.filter((mail) => mail.subject.startsWith('Payment plan reminder'))).toHaveLength(1);
  }, 60_000);

  it('completes a plan paid off and settles the account', async () => {
    const plan = await practice.post(`/patients/${claim.patientId}/payment-plans`, { installmentCents: 1750, cadence: 'biweekly', firstDueOn: '2027-03-10' }).expect(201);
    expect(plan.body.totalCents).toBe(3500);
    await practice.post(`/patients/${claim.patientId}/payments`, { amountCents: 3500, method: 'cash' }).expect(201);
    expect(await daily('2027-03-01')).toMatchObject({ completed: 1 });
    expect(await account()).toMatchObject({ state: 'paid' });
    expect(await patientOwes()).toBe(0);
  }, 60_000);
});
