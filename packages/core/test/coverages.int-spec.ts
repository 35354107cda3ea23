import type { INestApplication } from '@nestjs/common';
import { runInAuditScope } from '../src/audit/audit-scope';
import { CoverageService } from '../src/coverages/coverage.service';
import { createPayer, rawRows, registerPatient, userContext } from './support/patient-records';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

describe('coverages', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  let other: SignedInSession;
  let payerId: string;
  let secondPayerId: string;

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    admin = await signInAsNewAdmin(app);
    other = await signInAsNewAdmin(app);
    payerId = await createPayer(app, admin.organizationId, { name: 'Acme Health' });
    secondPayerId = await createPayer(app, admin.organizationId, { name: 'Beta Care' });
  });

  afterAll(async () => {
    await app.close();
  });

  const base = (session: SignedInSession, patientId: string) => `/api/organizations/${session.organizationId}/patients/${patientId}/coverages`;
  const add = (patientId: string, body: object) => admin.agent.post(base(admin, patientId)).set('x-csrf-token', admin.csrf).send(body);
  const selfCoverage = (overrides: object = {}) => ({
    payerRecordId: payerId,
    order: 'primary',
    subscriberRelationship: '18',
    memberId: 'XZW123456789',
    groupNumber: 'GRP-77',
    planName: 'Gold PPO',
    effectiveFrom: '2026-01-01',
    ...overrides,
  });

  it('keeps the member id encrypted, masked in lists and whole only in GET one', async () => {
    const patientId = await registerPatient(admin);
    const created = await add(patientId, selfCoverage()).expect(201);
    expect(created.body).toMatchObject({ order: 'primary', subscriberRelationship: '18', subscriber: null, memberIdLast4: '6789', active: true, effectiveTo: null });
    expect(created.body.memberId).toBeUndefined();

    const [raw] = await rawRows<{ member_id: string }>(app, 'select member_id from coverage where id = ?', [created.body.id]);
    expect(raw?.member_id).toMatch(/^enc:v1:/);
    expect(raw?.member_id).not.toContain('123456789');

    const list = await admin.agent.get(base(admin, patientId)).expect(200);
    expect(list.body).toMatchObject({ total: 1, limit: 50, nextCursor: null });
    expect(list.body.items[0].memberIdLast4).toBe('6789');
    expect(JSON.stringify(list.body)).not.toContain('XZW123456789');

    const one = await admin.agent.get(`${base(admin, patientId)}/${created.body.id}`).expect(200);
    expect(one.body.memberId).toBe('XZW123456789');
    const reads = await rawRows(app, `select id from audit_event where record_type = 'coverage' and record_id = ? and action = 'read' and patient_id = ?`, [created.body.id, patientId]);
    expect(reads.length).toBe(2);
  });

  it('refuses a second active primary over the same dates, and takes it once the first has ended', async () => {
    const patientId = await registerPatient(admin);
    const first = await add(patientId, selfCoverage()).expect(201);
    const clash = await add(patientId, selfCoverage({ payerRecordId: secondPayerId, effectiveFrom: '2026-06-01' })).expect(409);
    expect(clash.body.detail).toContain(`active primary coverage ${first.body.id}`);
    await add(patientId, selfCoverage({ payerRecordId: secondPayerId, order: 'secondary', effectiveFrom: '2026-06-01' })).expect(201);

    const ended = await admin.agent.patch(`${base(admin, patientId)}/${first.body.id}`).set('x-csrf-token', admin.csrf).send({ effectiveTo: '2026-05-31' }).expect(200);
    expect(ended.body).toMatchObject({ effectiveTo: '2026-05-31', active: true });
    const next = await add(patientId, selfCoverage({ payerRecordId: secondPayerId, effectiveFrom: '2026-06-01', memberId: 'B-55' })).expect(201);

    // Reopening the first would overlap the new primary again.
    await admin.agent.patch(`${base(admin, patientId)}/${first.body.id}`).set('x-csrf-token', admin.csrf).send({ effectiveTo: null }).expect(409);

    const sorted = await admin.agent.get(`${base(admin, patientId)}?sort=-order,effectiveFrom`).expect(200);
    expect(sorted.body.items.map((coverage: { order: string; effectiveFrom: string }) => `${coverage.order} ${coverage.effectiveFrom}`)).toEqual([
      'secondary 2026-06-01',
      'primary 2026-01-01',
      'primary 2026-06-01',
    ]);
    await admin.agent.get(`${base(admin, patientId)}?sort=memberId`).expect(400);

    const service = app.get(CoverageService);
    const context = userContext(admin.organizationId);
    const onMay = await runInAuditScope(context, null, () => service.activeOn(context, patientId, '2026-05-15'));
    expect(onMay.map((coverage) => coverage.id)).toEqual([first.body.id]);
    const onJuly = await runInAuditScope(context, null, () => service.activeOn(context, patientId, '2026-07-01'));
    expect(onJuly.map((coverage) => coverage.order)).toEqual(['primary', 'secondary']);
    expect(onJuly[0]?.id).toBe(next.body.id);

    await admin.agent.patch(`${base(admin, patientId)}/${next.body.id}`).set('x-csrf-token', admin.csrf).send({ active: false }).expect(200);
    const afterEnd = await runInAuditScope(context, null, () => service.activeOn(context, patientId, '2026-07-01'));
    expect(afterEnd.map((coverage) => coverage.order)).toEqual(['secondary']);
    const inactive = await admin.agent.get(`${base(admin, patientId)}?active=false`).expect(200);
    expect(inactive.body.items.map((coverage: { id: string }) => coverage.id)).toEqual([next.body.id]);
  });

  it('names every bad field: subscriber details, dates, payer', async () => {
    const patientId = await registerPatient(admin);
    const inactivePayer = await createPayer(app, admin.organizationId, { active: false });
    const refused = await add(patientId, selfCoverage({ subscriberRelationship: '19', subscriber: { firstName: 'Rosa' }, effectiveTo: '2025-12-31', payerRecordId: inactivePayer })).expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'subscriber.lastName', message: 'required when the subscriber is not the patient (relationship 19)' },
      { field: 'subscriber.birthDate', message: 'required when the subscriber is not the patient (relationship 19)' },
      { field: 'subscriber.sex', message: 'required when the subscriber is not the patient (relationship 19)' },
      { field: 'subscriber.address', message: 'required when the subscriber is not the patient (relationship 19)' },
      { field: 'effectiveTo', message: 'must be on or after 2026-01-01' },
      { field: 'payerRecordId', message: `no active payer ${inactivePayer} in this organization` },
    ]);
    const badCode = await add(patientId, selfCoverage({ subscriberRelationship: '99', order: 'fourth' })).expect(400);
    expect(badCode.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['order', 'subscriberRelationship']);

    const subscriber = { firstName: 'Rosa', lastName: 'Diaz', birthDate: '1960-03-04', sex: 'F', address: { line1: '1 Main', city: 'Austin', state: 'TX', postalCode: '78701' } };
    const dependent = await add(patientId, selfCoverage({ subscriberRelationship: '19', subscriber })).expect(201);
    expect(dependent.body.subscriber).toEqual(subscriber);
  });

  it('answers 404 to another organization, and refuses its payers', async () => {
    const patientId = await registerPatient(admin);
    const coverage = await add(patientId, selfCoverage()).expect(201);
    await other.agent.get(base(other, patientId)).expect(404);
    await other.agent.get(`${base(other, patientId)}/${coverage.body.id}`).expect(404);
    await other.agent.patch(`${base(other, patientId)}/${coverage.body.id}`).set('x-csrf-token', other.csrf).send({ active: false }).expect(404);
    await other.agent.post(base(other, patientId)).set('x-csrf-token', other.csrf).send(selfCoverage()).expect(404);
    const otherPatient = await registerPatient(other);
    const foreignPayer = await other.agent.post(base(other, otherPatient)).set('x-csrf-token', other.csrf).send(selfCoverage()).expect(400);
    expect(foreignPayer.body.errors).toEqual([{ field: 'payerRecordId', message: `no active payer ${payerId} in this organization` }]);
  });
});
