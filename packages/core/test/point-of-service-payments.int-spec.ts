import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { verifyLedger } from '../src/ledger/ledger.verifier';
import { BillingPractice, DATE_OF_SERVICE, type SubmittedClaim } from './support/billing-practice';
import { test835, type TestClaim } from './support/remittance-835';
import { startTestServer, testConfig } from './support/test-app';

/**
 * Issue #10, point-of-service payments (ADR 0014): money the front desk takes at check-in is recorded against the
 * visit and held as the patient's unapplied credit until the patient owes something on the visit's lines — the
 * share a payer's remittance transfers to the patient, a self-pay visit billed, or a balance already there — and the
 * ledger stays sound throughout.
 */
describe('point-of-service payments', () => {
  let app: INestApplication;
  let practice: BillingPractice;

  const pay = (encounterId: string, body: object) => practice.post(`/encounters/${encounterId}/point-of-service-payments`, body);
  const balances = async (patientId: string) => (await practice.get(`/ledger/balances/patients/${patientId}`).expect(200)).body;
  const owedBy = (body: { items: { party: string; balanceCents: number }[] }, party: string) => body.items.filter((item) => item.party === party).reduce((sum, item) => sum + item.balanceCents, 0);
  const upload = (x12: string) => practice.admin.agent.post(`${practice.base}/remittances`).set('x-csrf-token', practice.admin.csrf).set('content-type', 'text/plain').send(x12).expect(200);
  const verified = async () => expect((await verifyLedger(app.get(MikroORM).em.fork() as never, practice.admin.organizationId)).violations).toEqual([]);
  const line = (claim: SubmittedClaim, index: number) => claim.lines[index] as SubmittedClaim['lines'][number];
  /** The payer pays to the contract, leaving $20.00 coinsurance (PR-2) on the office visit to the patient. */
  const paidWithCoinsurance = (claim: SubmittedClaim): TestClaim => ({
    pcn: claim.patientControlNumber,
    charge: 36500,
    paid: 26000,
    lines: [
      { control: line(claim, 0).lineItemControlNumber, code: '99213', charge: 12500, paid: 8000, cas: [['CO', '45', 2500], ['PR', '2', 2000]] },
      { control: line(claim, 1).lineItemControlNumber, code: '97110', modifiers: ['GP'], charge: 24000, paid: 18000, cas: [['CO', '45', 6000]] },
    ],
  });

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    practice = await BillingPractice.create(app);
  }, 90_000);

  afterAll(async () => {
    await app.close();
  });

  it('holds a $25.00 copay taken at check-in as unapplied credit, then pays the share the payer leaves to the patient from it', async () => {
    let taken: { body: Record<string, unknown> } | undefined;
    const claim = await practice.submittedClaim('Lopez', {
      atCheckIn: async ({ encounterId }) => {
        taken = await pay(encounterId, { amountCents: 2500, method: 'cash' }).expect(201);
      },
    });
    expect(taken?.body).toMatchObject({ encounterId: claim.encounterId, patientId: claim.patientId, amountCents: 2500, unappliedCents: 2500, method: 'cash', reference: null });

    const billed = await balances(claim.patientId);
    expect(owedBy(billed, 'payer')).toBe(36500);
    expect(owedBy(billed, 'patient')).toBe(0);
    expect(billed.unappliedCreditCents).toBe(2500);
    await verified();

    await upload(test835({ trace: 'POS-1001', claims: [paidWithCoinsurance(claim)] }));
    const adjudicated = await balances(claim.patientId);
    expect(owedBy(adjudicated, 'payer')).toBe(0);
    expect(owedBy(adjudicated, 'patient')).toBe(0);
    expect(adjudicated.unappliedCreditCents).toBe(500);
    const applied = await practice.rows<{ charge_id: string; amount_cents: string; source_id: string; kind: string }>(
      `select charge_id, amount_cents::text, source_id, kind from ledger_entry where source = 'point-of-service' and patient_id = ?`,
      [claim.patientId],
    );
    expect(applied).toEqual([{ charge_id: line(claim, 0).chargeId, amount_cents: '-2000', source_id: taken?.body.id, kind: 'payment' }]);
    const listed = (await practice.get(`/encounters/${claim.encounterId}/point-of-service-payments`).expect(200)).body;
    expect(listed.items.map((item: { amountCents: number; unappliedCents: number }) => [item.amountCents, item.unappliedCents])).toEqual([[2500, 500]]);
    await verified();

    const again = await upload(test835({ trace: 'POS-1001', claims: [paidWithCoinsurance(claim)], interchange: 2 }));
    expect(again.body.postings[0].outcome).toBe('duplicate');
    expect((await balances(claim.patientId)).unappliedCreditCents).toBe(500);
  }, 60_000);

  it('applies a payment taken after the patient already owes on the visit at once, up to what is owed', async () => {
    const claim = await practice.submittedClaim('Nguyen');
    await upload(test835({ trace: 'POS-2001', claims: [paidWithCoinsurance(claim)], interchange: 3 }));
    expect(owedBy(await balances(claim.patientId), 'patient')).toBe(2000);

    const taken = await pay(claim.encounterId, { amountCents: 5000, method: 'check', reference: '1042' }).expect(201);
    expect(taken.body).toMatchObject({ amountCents: 5000, unappliedCents: 3000, method: 'check', reference: '1042' });
    const after = await balances(claim.patientId);
    expect(owedBy(after, 'patient')).toBe(0);
    expect(after.unappliedCreditCents).toBe(3000);
    await verified();
  }, 60_000);

  it('pays a self-pay visit from the money taken at check-in when the visit is billed', async () => {
    const patient = await practice.post('/patients', { firstName: 'Ana', lastName: 'Ortiz', birthDate: '1990-02-03', sex: 'F', address: { line1: '3 Oak St', city: 'Springfield', state: 'IL', postalCode: '62704' } }).expect(201);
    const patientId = patient.body.id as string;
    const put = (path: string, body: object) => practice.admin.agent.put(`${practice.base}${path}`).set('x-csrf-token', practice.admin.csrf).send(body);
    await put(`/patients/${patientId}/guarantor`, { relationship: 'self' }).expect(200);
    const encounter = await practice
      .post('/encounters', { patientId, locationId: practice.ids.locationId, billingProviderId: practice.ids.groupId, renderingProviderId: practice.ids.doctorId, dateOfService: DATE_OF_SERVICE, selfPay: true })
      .expect(201);
    const encounterId = encounter.body.id as string;
    const move = (event: string) => practice.post(`/encounters/${encounterId}/transitions`, { event }).expect(200);
    await move('check-in');
    await pay(encounterId, { amountCents: 10000, method: 'card', reference: 'AUTH77' }).expect(201);
    await put(`/encounters/${encounterId}/patient-responsibility`, { estimateCents: 12500, method: 'verbal' }).expect(200);
    await put(`/encounters/${encounterId}/diagnoses`, { codes: ['I10'] }).expect(200);
    await practice.post(`/encounters/${encounterId}/charges`, { procedureCode: '99213', units: 1, diagnosisPointers: [1] }).expect(201);
    await move('document');
    await put(`/encounters/${encounterId}/documentation`, { providerId: practice.ids.doctorId, signedAt: `${DATE_OF_SERVICE}T16:00:00Z` }).expect(200);
    await move('code');
    await move('mark-ready');
    expect((await practice.post('/claims/build', { encounterId }).expect(201)).body.outcome).toBe('self-pay');

    const billed = await balances(patientId);
    expect(owedBy(billed, 'patient')).toBe(2500);
    expect(billed.unappliedCreditCents).toBe(0);
    await verified();
  }, 60_000);

  it('refuses a payment of nothing, a negative or fractional amount, an unknown method, a check without its number, an unknown or cancelled visit', async () => {
    const claim = await practice.submittedClaim('Park', { submit: false });
    const fieldsOf = async (body: object) => ((await pay(claim.encounterId, body).expect(400)).body.errors as { field: string }[]).map((error) => error.field);
    expect(await fieldsOf({ amountCents: 0, method: 'cash' })).toEqual(['amountCents']);
    expect(await fieldsOf({ amountCents: -2500, method: 'cash' })).toEqual(['amountCents']);
    expect(await fieldsOf({ amountCents: 25.5, method: 'cash' })).toEqual(['amountCents']);
    expect(await fieldsOf({ amountCents: 2500, method: 'bitcoin' })).toEqual(['method']);
    expect(await fieldsOf({ amountCents: 2500, method: 'check' })).toEqual(['reference']);
    await pay('00000000-0000-4000-8000-000000000000', { amountCents: 2500, method: 'cash' }).expect(404);

    const cancelled = await practice
      .post('/encounters', { patientId: claim.patientId, locationId: practice.ids.locationId, billingProviderId: practice.ids.groupId, renderingProviderId: practice.ids.doctorId, dateOfService: DATE_OF_SERVICE })
      .expect(201);
    await practice.post(`/encounters/${cancelled.body.id}/transitions`, { event: 'cancel', reason: 'patient called' }).expect(200);
    await pay(cancelled.body.id, { amountCents: 2500, method: 'cash' }).expect(409);
    expect(await practice.rows(`select id from point_of_service_payment where encounter_id = ?`, [claim.encounterId])).toEqual([]);
  }, 60_000);
});
