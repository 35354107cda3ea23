import type { INestApplication } from '@nestjs/common';
import { BillingPractice, DATE_OF_SERVICE } from '../support/billing-practice';
import { startTestServer, testConfig } from '../support/test-app';

/**
 * Issue #11 item 1: a good-faith estimate given to a self-pay patient, checked against the bill of the visits it
 * covers (No Surprises Act: eligible for a dispute when the bill is at least $400 above the estimate).
 */
describe('good-faith estimates', () => {
  let app: INestApplication;
  let practice: BillingPractice;
  let patientId = '';
  const estimates = (body: object) => practice.post(`/patients/${patientId}/good-faith-estimates`, body);

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    practice = await BillingPractice.create(app);
    const patient = await practice.post('/patients', { firstName: 'Sam', lastName: 'Selfpay', birthDate: '1990-02-03', sex: 'M', address: { line1: '3 Oak St', city: 'Springfield', state: 'IL', postalCode: '62704' } }).expect(201);
    patientId = patient.body.id as string;
    const put = (path: string, body: object) => practice.admin.agent.put(`${practice.base}${path}`).set('x-csrf-token', practice.admin.csrf).send(body);
    await put(`/patients/${patientId}/guarantor`, { relationship: 'self' }).expect(200);
    const encounter = await practice.post('/encounters', { patientId, locationId: practice.ids.locationId, billingProviderId: practice.ids.groupId, renderingProviderId: practice.ids.doctorId, dateOfService: DATE_OF_SERVICE, selfPay: true }).expect(201);
    const encounterId = encounter.body.id as string;
    await practice.post(`/encounters/${encounterId}/transitions`, { event: 'check-in' }).expect(200);
    await put(`/encounters/${encounterId}/diagnoses`, { codes: ['I10'] }).expect(200);
    await practice.post(`/encounters/${encounterId}/charges`, { procedureCode: '99213', units: 1, diagnosisPointers: [1] }).expect(201);
    await practice.post(`/encounters/${encounterId}/charges`, { procedureCode: '97110', modifiers: ['GP'], units: 6, diagnosisPointers: [1] }).expect(201);
  }, 120_000);

  afterAll(async () => {
    await app.close();
  });

  it('refuses an estimate given after the services, or a period that ends before it starts', async () => {
    const late = await estimates({ estimatedCents: 10_000, issuedOn: '2026-03-05', servicesFrom: DATE_OF_SERVICE, servicesTo: DATE_OF_SERVICE, description: 'Visit' }).expect(400);
    expect(JSON.stringify(late.body)).toContain('issuedOn');
    const backwards = await estimates({ estimatedCents: 10_000, issuedOn: '2026-02-01', servicesFrom: '2026-03-10', servicesTo: '2026-03-01', description: 'Visit' }).expect(400);
    expect(JSON.stringify(backwards.body)).toContain('servicesTo');
  });

  it('finds a bill at least $400 above the estimate eligible for a dispute, and one cent less not', async () => {
    const probe = await estimates({ estimatedCents: 0, issuedOn: '2026-02-20', servicesFrom: '2026-03-01', servicesTo: '2026-03-31', description: 'Office visit and therapy' }).expect(201);
    const billed = probe.body.billedCents as number;
    // $125.00 for the office visit and 6 units of therapy at $60.00.
    expect(billed).toBe(48_500);
    const under = await estimates({ estimatedCents: billed - 39_999, issuedOn: '2026-02-20', servicesFrom: '2026-03-01', servicesTo: '2026-03-31', description: 'Office visit and therapy' }).expect(201);
    expect(under.body).toMatchObject({ billedCents: billed, overByCents: 39_999, disputeEligible: false, disputeWindowOpen: false });
    const over = await estimates({ estimatedCents: billed - 40_000, issuedOn: '2026-02-20', servicesFrom: '2026-03-01', servicesTo: '2026-03-31', description: 'Office visit and therapy' }).expect(201);
    expect(over.body).toMatchObject({ overByCents: 40_000, disputeEligible: true, initialBillOn: null, disputeWindowOpen: true });
    const outside = await estimates({ estimatedCents: 0, issuedOn: '2026-03-10', servicesFrom: '2026-04-01', servicesTo: '2026-04-30', description: 'Follow-up' }).expect(201);
    expect(outside.body).toMatchObject({ billedCents: 0, disputeEligible: false });
    expect((await practice.get(`/patients/${patientId}/good-faith-estimates`).expect(200)).body.items).toHaveLength(4);
  }, 60_000);
});
