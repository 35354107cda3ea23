import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

/**
 * Issue #6 acceptance: a patient from registration through check-in, documentation, coding and charges to
 * ready-to-bill, all through the API — once with every gate passing; once with an eligibility check that fails, is
 * refused, then passed by exception with an owner (a work item opens); and a repeated defect that opens an upstream
 * work item for the gate's owner.
 */
describe('registration to ready-to-bill', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  let base: string;
  let billerUserId: string;
  let practice: { locationId: string; groupId: string; doctorId: string; payerId: string };

  const DATE_OF_SERVICE = '2026-03-02';
  const post = (path: string, body: object) => admin.agent.post(`${base}${path}`).set('x-csrf-token', admin.csrf).send(body);
  const put = (path: string, body: object) => admin.agent.put(`${base}${path}`).set('x-csrf-token', admin.csrf).send(body);
  const upload = (path: string, contentType: string, body: string) => admin.agent.post(`${base}${path}`).set('x-csrf-token', admin.csrf).set('content-type', contentType).send(body);
  const move = (encounterId: string, body: object) => post(`/encounters/${encounterId}/transitions`, body);
  const rows = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => app.get(MikroORM).em.fork().getConnection().execute(sql, parameters);

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    admin = await signInAsNewAdmin(app);
    base = `/api/organizations/${admin.organizationId}`;
    const biller = await post('/users', { email: `biller-${Math.random().toString(36).slice(2)}@clinic.test`, displayName: 'Bea Biller', roles: ['biller'] }).expect(201);
    billerUserId = biller.body.member.userId;

    // Code sets: ICD-10-CM FY2025 then FY2026 (B37.3 retired, split in two), the clinic's CPT file, two modifiers.
    await upload('/reference-imports/icd10cm?effectiveDate=2024-10-01', 'text/plain', 'B373    Candidiasis of vulva and vagina\nE119    Type 2 diabetes mellitus without complications\nI10     Essential (primary) hypertension\n').expect(201);
    await upload(
      '/reference-imports/icd10cm?effectiveDate=2025-10-01',
      'text/plain',
      'B3731   Acute candidiasis of vulva and vagina\nB3732   Chronic candidiasis of vulva and vagina\nE119    Type 2 diabetes mellitus without complications\nI10     Essential (primary) hypertension\n',
    ).expect(201);
    await upload('/reference-imports/cpt?effectiveDate=2026-01-01', 'text/csv', 'code,description\n99213,office visit established low\n97110,therapeutic exercise 15 min\n').expect(201);
    await upload('/reference-imports/modifiers?effectiveDate=2020-01-01', 'text/plain', '25\tSignificant separate E/M service\nGP\tPhysical therapy plan of care\n').expect(201);

    const location = await post('/locations', {
      name: 'Riverside Main',
      npi: null,
      addressLine1: '100 Main St',
      addressLine2: null,
      city: 'Springfield',
      state: 'IL',
      zip: '62701-1234',
      phone: '2175550100',
      placeOfServiceCode: '11',
      active: true,
    }).expect(201);
    const group = await post('/providers', { kind: 'organization', name: 'Riverside Family Medicine', npi: '1234567893', taxId: '12-3456789' }).expect(201);
    const doctor = await post('/providers', { kind: 'individual', name: 'Okafor', firstName: 'Adaeze', npi: '1245319599', taxonomy: '207Q00000X' }).expect(201);
    const payer = await post('/payers', { name: 'Acme Health', payerId: 'ACME1', claimFilingIndicator: 'CI', authorizationRequiredCodes: ['97110'] }).expect(201);
    await put(`/payers/${payer.body.id}/enrollments`, { providerId: group.body.id, transaction: '837P', status: 'enrolled', effectiveFrom: '2025-01-01' }).expect(200);
    practice = { locationId: location.body.id, groupId: group.body.id, doctorId: doctor.body.id, payerId: payer.body.id };

    // The charge master prices what the clinic bills; Acme's contract is what Acme allows.
    const master = await post('/fee-schedules', { name: 'Charge master 2026', effectiveFrom: '2026-01-01', kind: 'fixed' }).expect(201);
    await upload(`/fee-schedules/${master.body.id}/entries/import`, 'text/csv', 'code,modifier,amount\n99213,,125.00\n97110,,60.00\n').expect(200);
    const contract = await post('/fee-schedules', { name: 'Acme 2026', payerRecordId: payer.body.id, effectiveFrom: '2026-01-01', kind: 'fixed' }).expect(201);
    await upload(`/fee-schedules/${contract.body.id}/entries/import`, 'text/csv', 'code,modifier,amount\n99213,,92.35\n97110,GP,31.10\n').expect(200);
  });

  afterAll(async () => {
    await app.close();
  });

  /** Registers a patient with a guarantor and a primary Acme coverage, and schedules a visit. */
  async function registeredVisit(lastName: string): Promise<{ patientId: string; coverageId: string; encounterId: string }> {
    const patient = await post('/patients', { firstName: 'Maria', lastName, birthDate: '1985-04-12', sex: 'F' }).expect(201);
    const patientId = patient.body.id as string;
    await put(`/patients/${patientId}/guarantor`, { relationship: 'self' }).expect(200);
    const coverage = await post(`/patients/${patientId}/coverages`, {
      payerRecordId: practice.payerId,
      order: 'primary',
      subscriberRelationship: '18',
      memberId: `ACM${Math.random().toString().slice(2, 11)}`,
      effectiveFrom: '2026-01-01',
    }).expect(201);
    const encounter = await post('/encounters', {
      patientId,
      locationId: practice.locationId,
      billingProviderId: practice.groupId,
      renderingProviderId: practice.doctorId,
      dateOfService: DATE_OF_SERVICE,
      scheduledStart: `${DATE_OF_SERVICE}T15:00:00Z`,
    }).expect(201);
    expect(encounter.body).toMatchObject({ state: 'scheduled', placeOfService: '11', allowedEvents: ['check-in', 'cancel', 'no-show'] });
    return { patientId, coverageId: coverage.body.id, encounterId: encounter.body.id };
  }

  /** Check-in, the patient's estimate, diagnoses, one office visit charge, a signed note, documented and coded. */
  async function codedVisit(lastName: string) {
    const visit = await registeredVisit(lastName);
    await move(visit.encounterId, { event: 'check-in' }).expect(200);
    await put(`/encounters/${visit.encounterId}/patient-responsibility`, { estimateCents: 3000, method: 'verbal' }).expect(200);
    await put(`/encounters/${visit.encounterId}/diagnoses`, { codes: ['E11.9', 'I10'] }).expect(200);
    await post(`/encounters/${visit.encounterId}/charges`, { procedureCode: '99213', units: 1, diagnosisPointers: [1, 2] }).expect(201);
    await move(visit.encounterId, { event: 'document' }).expect(200);
    await put(`/encounters/${visit.encounterId}/documentation`, { providerId: practice.doctorId, signedAt: `${DATE_OF_SERVICE}T16:00:00Z` }).expect(200);
    await move(visit.encounterId, { event: 'code' }).expect(200);
    return visit;
  }

  it('moves a visit to ready-to-bill with every gate passing', async () => {
    const { patientId, coverageId, encounterId } = await registeredVisit('Alvarez');
    await move(encounterId, { event: 'check-in' }).expect(200);
    const authorization = await post(`/patients/${patientId}/authorizations`, {
      number: 'AUTH-PT-1',
      payerRecordId: practice.payerId,
      coverageId,
      procedureCodes: ['97110'],
      unitsApproved: 12,
      startDate: '2026-02-01',
      endDate: '2026-04-30',
    }).expect(201);

    await put(`/encounters/${encounterId}/diagnoses`, { codes: ['E11.9', 'I10'] }).expect(200);
    const visitCharge = await post(`/encounters/${encounterId}/charges`, { procedureCode: '99213', modifiers: ['25'], units: 1, diagnosisPointers: [1, 2] }).expect(201);
    expect(visitCharge.body).toMatchObject({ unitPriceCents: 12500, amountCents: 12500, expectedAllowedCents: 9235, authorizationId: null, dateOfService: DATE_OF_SERVICE });
    const therapy = await post(`/encounters/${encounterId}/charges`, { procedureCode: '97110', modifiers: ['GP'], units: 4, diagnosisPointers: [1] }).expect(201);
    expect(therapy.body).toMatchObject({ unitPriceCents: 6000, amountCents: 24000, expectedAllowedCents: 12440, authorizationId: authorization.body.id });
    const units = await admin.agent.get(`${base}/patients/${patientId}/authorizations/${authorization.body.id}`).expect(200);
    expect(units.body).toMatchObject({ unitsUsed: 4, unitsRemaining: 8 });

    await move(encounterId, { event: 'document' }).expect(200);
    // Coding before the note is signed is refused with the check that failed and why.
    const unsigned = await move(encounterId, { event: 'code' }).expect(422);
    expect(unsigned.body.failures).toEqual([{ check: 'documentation-signed', reason: 'the visit note is not signed: record who signed it and when' }]);
    await put(`/encounters/${encounterId}/documentation`, { providerId: practice.doctorId, signedAt: `${DATE_OF_SERVICE}T16:00:00Z` }).expect(200);
    await move(encounterId, { event: 'code' }).expect(200);

    // Ready-to-bill refuses until the patient's share is communicated and eligibility is verified.
    const early = await move(encounterId, { event: 'mark-ready' }).expect(422);
    expect(early.body.failures).toEqual([
      { check: 'eligibility-verified', reason: `no eligibility check of Acme Health for ${DATE_OF_SERVICE} was made within 7 days before it` },
      { check: 'patient-responsibility-communicated', reason: "the patient's expected share was not communicated: record the estimate and how it was given" },
    ]);
    await put(`/encounters/${encounterId}/patient-responsibility`, { estimateCents: 3000, method: 'printed-estimate' }).expect(200);
    await post(`/patients/${patientId}/eligibility-checks`, { coverageId, asOfDate: DATE_OF_SERVICE, method: 'portal', outcome: 'active', copayCents: 3000 }).expect(201);
    const ready = await move(encounterId, { event: 'mark-ready' }).expect(200);
    expect(ready.body.transition).toMatchObject({ workflow: 'encounter', from: 'coded', to: 'ready-to-bill', exceptions: [], workItemIds: [], eventRecorded: true });
    expect(ready.body.encounter).toMatchObject({ state: 'ready-to-bill', allowedEvents: ['reopen', 'bill'] });

    const events = await rows<{ name: string; payload: { event: string; to: string } }>("select name, payload from outbox_event where name = 'encounter.transitioned' and payload->>'entityId' = ?", [encounterId]);
    expect(events.map((event) => `${event.payload.event}->${event.payload.to}`).sort()).toEqual(['check-in->checked-in', 'code->coded', 'document->documented', 'mark-ready->ready-to-bill']);
    const audits = await rows<{ action: string }>("select action from audit_event where record_type = 'encounter' and record_id = ? and action = 'update'", [encounterId]);
    expect(audits.length).toBeGreaterThanOrEqual(4);
  });

  it('refuses a failing eligibility check, passes it by exception with an owner (a work item opens), and stops the line when it repeats', async () => {
    const first = await codedVisit('Baptiste');
    await post(`/patients/${first.patientId}/eligibility-checks`, { coverageId: first.coverageId, asOfDate: DATE_OF_SERVICE, method: 'phone', outcome: 'inactive', referenceNumber: 'CALL-88' }).expect(201);
    const refused = await move(first.encounterId, { event: 'mark-ready' }).expect(422);
    expect(refused.body.failures).toEqual([{ check: 'eligibility-verified', reason: `the eligibility check of Acme Health for ${DATE_OF_SERVICE} (phone) found the coverage inactive` }]);

    // The first visit (Alvarez) failed the same check before its eligibility was recorded: two visits within the
    // window stop the line, and the gate's owner (by default the manager role) gets one upstream item.
    const upstreamItems = () => admin.agent.get(`${base}/work-items`).query({ kind: 'upstream-defect', category: 'eligibility-verified' }).expect(200);
    const upstream = await upstreamItems();
    expect(upstream.body).toMatchObject({ total: 1, items: [{ ownerRole: 'manager', state: 'open', recordType: 'gate-check', priority: 'high' }] });
    expect(upstream.body.items[0].title).toContain('eligibility-verified');

    // An exception is refused while the check is enforced; the admin allows exceptions and names the gate's owner.
    await move(first.encounterId, { event: 'mark-ready', exceptions: [{ check: 'eligibility-verified', owner: billerUserId, reason: 'payer line down' }] }).expect(422);
    await put('/gates/eligibility-verified', { policy: 'exception', ownerUserId: billerUserId }).expect(200);
    const noOwner = await move(first.encounterId, { event: 'mark-ready', exceptions: [{ check: 'eligibility-verified', owner: ' ', reason: 'payer line down' }] }).expect(400);
    expect(noOwner.body.errors.map((error: { field: string }) => error.field)).toContain('exceptions[0].owner');

    const excepted = await move(first.encounterId, {
      event: 'mark-ready',
      exceptions: [{ check: 'eligibility-verified', owner: billerUserId, reason: 'coverage renewed this month; payer system not updated' }],
    }).expect(200);
    expect(excepted.body.encounter.state).toBe('ready-to-bill');
    expect(excepted.body.transition.workItemIds).toHaveLength(1);
    const item = await admin.agent.get(`${base}/work-items/${excepted.body.transition.workItemIds[0]}`).expect(200);
    expect(item.body).toMatchObject({ kind: 'exception', category: 'eligibility-verified', ownerUserId: billerUserId, recordType: 'encounter', recordId: first.encounterId, state: 'open' });
    expect(JSON.stringify(item.body.notes)).toContain('coverage renewed this month; payer system not updated');

    // A third visit with the same defect is refused (no exception asked) and adds to the open upstream item.
    const notesBefore = (await admin.agent.get(`${base}/work-items/${upstream.body.items[0].id}`).expect(200)).body.notes.length;
    const third = await codedVisit('Castellanos');
    const again = await move(third.encounterId, { event: 'mark-ready' }).expect(422);
    expect(again.body.failures).toEqual([
      { check: 'eligibility-verified', reason: `no eligibility check of Acme Health for ${DATE_OF_SERVICE} was made within 7 days before it (may pass by exception with an owner and a reason)` },
    ]);
    expect((await admin.agent.get(`${base}/encounters/${third.encounterId}`).expect(200)).body.state).toBe('coded');
    const still = await upstreamItems();
    expect(still.body.total).toBe(1);
    expect((await admin.agent.get(`${base}/work-items/${still.body.items[0].id}`).expect(200)).body.notes.length).toBe(notesBefore + 1);
  });

  it('refuses diagnoses and charges pointing to an unknown code, a category header or a code retired before the date of service, naming the code', async () => {
    const { encounterId } = await registeredVisit('Dubois');
    await move(encounterId, { event: 'check-in' }).expect(200);
    const refused = await put(`/encounters/${encounterId}/diagnoses`, { codes: ['E11', 'Z99.999', 'B37.3'] }).expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'codes[0]', message: 'E11 is not a billable ICD-10-CM code (unknown, or a category header that needs more characters)' },
      { field: 'codes[1]', message: 'Z99999 is not a billable ICD-10-CM code (unknown, or a category header that needs more characters)' },
      { field: 'codes[2]', message: `B373 was retired on 2025-10-01, before the date of service ${DATE_OF_SERVICE}` },
    ]);

    // A visit on the last day B37.3 was valid; a charge dated after its retirement may not point at it.
    const patient = await post('/patients', { firstName: 'Lena', lastName: 'Eriksen', birthDate: '1990-07-01', sex: 'F' }).expect(201);
    const september = await post('/encounters', {
      patientId: patient.body.id,
      locationId: practice.locationId,
      billingProviderId: practice.groupId,
      renderingProviderId: practice.doctorId,
      dateOfService: '2025-09-30',
      selfPay: true,
    }).expect(201);
    await move(september.body.id, { event: 'check-in' }).expect(200);
    await put(`/encounters/${september.body.id}/diagnoses`, { codes: ['B37.3'] }).expect(200);
    const late = await post(`/encounters/${september.body.id}/charges`, { procedureCode: '99213', units: 1, diagnosisPointers: [1], dateOfService: '2025-10-02', unitPriceCents: 12500 }).expect(400);
    expect(late.body.errors).toEqual([{ field: 'diagnosisPointers[0]', message: 'B373 was retired on 2025-10-01, before the date of service 2025-10-02' }]);
    const charges = await admin.agent.get(`${base}/encounters/${september.body.id}/charges`).expect(200);
    expect(charges.body).toEqual([]);
  });
});
