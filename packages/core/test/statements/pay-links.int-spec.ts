import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { FAKE_APPROVED_CARD, FAKE_DECLINED_CARD, fakePaymentGatewayPlugin, startFakePaymentProcessor, type FakePaymentProcessor } from '@openrcm/simulator';
import request from 'supertest';
import { verifyLedger } from '../../src/ledger/ledger.verifier';
import { signPayLink } from '../../src/pay-links/pay-link.token';
import { PayLinkService } from '../../src/pay-links/pay-link.service';
import { BillingPractice, type SubmittedClaim } from '../support/billing-practice';
import { test835 } from '../support/remittance-835';
import { startTestServer, testConfig } from '../support/test-app';

/**
 * Issue #11 item 3, pay by link: a signed, expiring link; nothing shown before the knowledge check; a hosted checkout
 * at the fake processor (the card never reaches OpenRCM); on return the gateway is asked, the payment is recorded once
 * and applied to the ledger. A tampered or expired link is refused.
 */
describe('pay links', () => {
  let app: INestApplication;
  let processor: FakePaymentProcessor;
  let practice: BillingPractice;
  let claim: SubmittedClaim;
  let link: string;
  const line = (index: number) => claim.lines[index] as SubmittedClaim['lines'][number];
  const http = () => request(app.getHttpServer());
  const pathOf = (url: string) => new URL(url).pathname;
  const patientOwes = async () => Number((await practice.rows<{ owed: string }>(`select coalesce(sum(amount_cents), 0)::text as owed from ledger_entry where patient_id = ? and party = 'patient'`, [claim.patientId]))[0]?.owed);
  const proofIn = (html: string) => /name="proof" value="([^"]+)"/.exec(html)?.[1] as string;
  /** Pays through the processor's hosted page with `card`; returns the return URL it sends the payer to. */
  const payAtProcessor = async (html: string, card: string) => {
    const processorUrl = /<a class="button" href="([^"]+)"/.exec(html)?.[1] as string;
    const answer = await fetch(processorUrl, { method: 'POST', body: new URLSearchParams({ cardNumber: card, expiry: '12/30', cvc: '123' }), redirect: 'manual' });
    return answer.headers.get('location') as string;
  };

  beforeAll(async () => {
    processor = await startFakePaymentProcessor();
    const config = await testConfig({ useRedis: false, plugins: { installed: [{ module: 'fake-payment-gateway', settings: { baseUrl: processor.url } }], callTimeoutMs: 20_000 } });
    app = await startTestServer({ ...config, publicUrl: 'http://openrcm.test' }, { loadPluginModule: () => ({ plugin: fakePaymentGatewayPlugin }) });
    practice = await BillingPractice.create(app);
    claim = await practice.submittedClaim('Paylink');
    await practice.admin.agent.post(`${practice.base}/remittances`).set('x-csrf-token', practice.admin.csrf).set('content-type', 'text/plain')
      .send(test835({
        trace: 'PAY-1',
        claims: [{
          pcn: claim.patientControlNumber,
          charge: 36500,
          paid: 36500 - 8500 - 4000,
          lines: [
            { control: line(0).lineItemControlNumber, code: '99213', charge: 12500, paid: 6000, cas: [['CO', '45', 2500], ['PR', '1', 2525], ['PR', '2', 1475]] },
            { control: line(1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 18000, cas: [['CO', '45', 6000]] },
          ],
        }],
      }))
      .expect(200);
    link = app.get(PayLinkService).urlFor(practice.admin.organizationId, claim.patientId, '2099-12-31');
  }, 180_000);

  afterAll(async () => {
    await app.close();
    await processor.close();
  });

  it('shows nothing of the account before the knowledge check, and refuses a wrong answer', async () => {
    expect(link.startsWith('http://openrcm.test/pay/')).toBe(true);
    const start = await http().get(pathOf(link)).expect(200);
    expect(start.text).toContain('date of birth or the ZIP code');
    expect(start.text).not.toContain('Paylink');
    expect(start.text).not.toContain('$40.00');
    const wrong = await http().post(`${pathOf(link)}/verify`).type('form').send({ answer: '1990-01-01' }).expect(200);
    expect(wrong.text).toContain('does not match our records');
    expect(wrong.text).not.toContain('$40.00');
  });

  it('pauses a link after five wrong answers, even to the right one', async () => {
    const other = app.get(PayLinkService).urlFor(practice.admin.organizationId, claim.patientId, '2099-12-30');
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect((await http().post(`${pathOf(other)}/verify`).type('form').send({ answer: '99999' }).expect(200)).text).toContain('does not match our records');
    }
    expect((await http().post(`${pathOf(other)}/verify`).type('form').send({ answer: '99999' }).expect(200)).text).toContain('this link is paused for 30 minutes');
    const locked = await http().post(`${pathOf(other)}/verify`).type('form').send({ answer: '1985-04-12' }).expect(200);
    expect(locked.text).toContain('this link is paused');
    expect(locked.text).not.toContain('$40.00');
  });

  it('refuses a tampered or expired link with the same page', async () => {
    const token = pathOf(link).split('/').pop() as string;
    const tampered = `${token.slice(0, -2)}${token.endsWith('A') ? 'B' : 'A'}A`;
    expect((await http().get(`/pay/${tampered}`).expect(404)).text).toContain('This payment link does not work');
    const expired = signPayLink({ organizationId: practice.admin.organizationId, patientId: claim.patientId, expiresOn: '2020-01-01' });
    expect((await http().get(`/pay/${expired}`).expect(404)).text).toContain('This payment link does not work');
    const otherPatient = signPayLink({ organizationId: practice.admin.organizationId, patientId: claim.patientId, expiresOn: '2099-12-31' }, 'another-purpose');
    await http().get(`/pay/${otherPatient}`).expect(404);
  });

  it('pays part of the balance through the processor; a declined card records nothing; the return is recorded once', async () => {
    const checked = await http().post(`${pathOf(link)}/verify`).type('form').send({ answer: '04/12/1985' }).expect(200);
    expect(checked.text).toContain('Amount due: <strong>$40.00</strong>');
    expect(checked.text).toContain('Maria P.');

    const tooMuch = await http().post(`${pathOf(link)}/checkout`).type('form').send({ proof: proofIn(checked.text), amount: '40.01', receiptEmail: '' }).expect(200);
    expect(tooMuch.text).toContain('enter an amount from $0.01 to $40.00');

    const declinedStart = await http().post(`${pathOf(link)}/checkout`).type('form').send({ proof: proofIn(checked.text), amount: '25.00', receiptEmail: '' }).expect(200);
    const declinedReturn = await payAtProcessor(declinedStart.text, FAKE_DECLINED_CARD);
    expect((await http().get(pathOf(declinedReturn) + new URL(declinedReturn).search).expect(200)).text).toContain('the card was declined');
    expect(await patientOwes()).toBe(4000);

    const paidStart = await http().post(`${pathOf(link)}/checkout`).type('form').send({ proof: proofIn(checked.text), amount: '25.00', receiptEmail: 'payer@example.test' }).expect(200);
    const paidReturn = await payAtProcessor(paidStart.text, FAKE_APPROVED_CARD);
    const receipt = await http().get(pathOf(paidReturn) + new URL(paidReturn).search).expect(200);
    expect(receipt.text).toContain('received <strong>$25.00</strong>');
    expect(receipt.text).toContain('payer@example.test');
    expect(await patientOwes()).toBe(1500);
    const again = await http().get(pathOf(paidReturn) + new URL(paidReturn).search).expect(200);
    expect(again.text).toContain('received <strong>$25.00</strong>');
    expect(await patientOwes()).toBe(1500);
    const payments = (await practice.get(`/patients/${claim.patientId}/payments`).expect(200)).body.items;
    expect(payments).toEqual([expect.objectContaining({ amountCents: 2500, method: 'card', channel: 'pay-by-link', processorReference: processor.settled[0]?.processorReference, receiptEmail: 'payer@example.test' })]);
  }, 60_000);

  it('refunds part of the card payment through the processor and records a chargeback of the rest; the patient owes it again', async () => {
    const [payment] = (await practice.get(`/patients/${claim.patientId}/payments`).expect(200)).body.items as { id: string }[];
    const returns = (kind: string, body: object) => practice.post(`/patient-payments/${payment!.id}/${kind}`, body);
    const refunded = await returns('refunds', { amountCents: 500, reason: 'Billed the wrong visit' }).expect(201);
    expect(refunded.body).toMatchObject({ kind: 'refund', amountCents: 500, processorReference: processor.settled[1]?.processorReference });
    expect(processor.settled[1]).toMatchObject({ amountCents: -500 });
    expect(await patientOwes()).toBe(2000);

    const tooMuch = await returns('chargebacks', { amountCents: 2001, reason: 'Card holder disputed' }).expect(400);
    expect(JSON.stringify(tooMuch.body)).toContain('2000 cents');
    await returns('chargebacks', { amountCents: 2000, reason: 'Card holder disputed', processorReference: 'dp_fake_1' }).expect(201);
    expect(await patientOwes()).toBe(4000);
    await returns('refunds', { amountCents: 1, reason: 'again' }).expect(400);
    const listed = (await practice.get(`/patient-payments/${payment!.id}/returns`).expect(200)).body.items;
    expect(listed.map((row: { kind: string; amountCents: number }) => [row.kind, row.amountCents])).toEqual([['refund', 500], ['chargeback', 2000]]);
    expect((await verifyLedger(app.get(MikroORM).em.fork() as never, practice.admin.organizationId)).violations).toEqual([]);
  }, 60_000);

  it('sets up a monthly plan from the link for what is owed; the account moves to the plan', async () => {
    const checked = await http().post(`${pathOf(link)}/verify`).type('form').send({ answer: '62704' }).expect(200);
    expect(checked.text).toContain('Amount due: <strong>$40.00</strong>');
    expect(checked.text).toContain('<option value="4">4 payments of $10.00</option>');
    expect(checked.text).not.toContain('<option value="6">');
    const refused = await http().post(`${pathOf(link)}/plan`).type('form').send({ proof: proofIn(checked.text), months: '5' }).expect(200);
    expect(refused.text).toContain('choose 2, 3, 4, 6 payments');
    const planned = await http().post(`${pathOf(link)}/plan`).type('form').send({ proof: proofIn(checked.text), months: '2' }).expect(200);
    expect(planned.text).toContain('2 monthly payments of about <strong>$20.00</strong>');
    const [plan] = (await practice.get(`/patients/${claim.patientId}/payment-plans`).expect(200)).body.items;
    expect(plan).toMatchObject({ state: 'active', totalCents: 4000, installmentCents: 2000, cadence: 'monthly', autopay: false });
    expect((await practice.get(`/patients/${claim.patientId}/statement-account`).expect(200)).body).toMatchObject({ state: 'payment-plan' });
  }, 60_000);
});
