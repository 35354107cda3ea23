import type { INestApplication } from '@nestjs/common';
import { runInAuditScope } from '../src/audit/audit-scope';
import { EligibilityService } from '../src/eligibility/eligibility.service';
import { createPayer, rawRows, registerPatient, userContext } from './support/patient-records';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

describe('eligibility results recorded by hand', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  let other: SignedInSession;
  let payerId: string;
  let userId: string;

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    admin = await signInAsNewAdmin(app);
    other = await signInAsNewAdmin(app);
    payerId = await createPayer(app, admin.organizationId);
    userId = (await admin.agent.get('/api/auth/session').expect(200)).body.user.id as string;
  });

  afterAll(async () => {
    await app.close();
  });

  const base = (session: SignedInSession, patientId: string) => `/api/organizations/${session.organizationId}/patients/${patientId}/eligibility-checks`;
  async function patientWithCoverage(): Promise<{ patientId: string; coverageId: string }> {
    const patientId = await registerPatient(admin);
    const coverage = await admin.agent
      .post(`/api/organizations/${admin.organizationId}/patients/${patientId}/coverages`)
      .set('x-csrf-token', admin.csrf)
      .send({ payerRecordId: payerId, order: 'primary', subscriberRelationship: '18', memberId: 'M123456', effectiveFrom: '2026-01-01' })
      .expect(201);
    return { patientId, coverageId: coverage.body.id as string };
  }
  const record = (patientId: string, body: object) => admin.agent.post(base(admin, patientId)).set('x-csrf-token', admin.csrf).send(body);

  it('records who checked, how and what was found, in cents and basis points', async () => {
    const { patientId, coverageId } = await patientWithCoverage();
    const recorded = await record(patientId, {
      coverageId,
      asOfDate: '2026-12-03',
      method: 'phone',
      outcome: 'active',
      planBegin: '2026-01-01',
      planEnd: '2026-12-31',
      copayCents: 2500,
      coinsuranceBasisPoints: 2000,
      deductibleRemainingCents: 123456,
      outOfPocketRemainingCents: 450001,
      referenceNumber: 'CALL-889',
      notes: 'spoke with Dana',
    }).expect(201);
    expect(recorded.body).toMatchObject({
      patientId,
      coverageId,
      checkedBy: `user:${userId}`,
      copayCents: 2500,
      coinsuranceBasisPoints: 2000,
      deductibleRemainingCents: 123456,
      outOfPocketRemainingCents: 450001,
      referenceNumber: 'CALL-889',
    });
    const [raw] = await rawRows<{ deductible_remaining_cents: string | number }>(app, 'select deductible_remaining_cents from eligibility_check where id = ?', [recorded.body.id]);
    expect(Number(raw?.deductible_remaining_cents)).toBe(123456);
    const list = await admin.agent.get(base(admin, patientId)).expect(200);
    expect(list.body).toMatchObject({ total: 1 });
    expect(list.body.items[0]).toEqual(recorded.body);
  });

  it('latestFor gives the newest check made for that date of service', async () => {
    const { patientId, coverageId } = await patientWithCoverage();
    const older = await record(patientId, { coverageId, asOfDate: '2026-12-03', method: 'portal', outcome: 'inactive', checkedAt: '2026-11-28T15:00:00Z' }).expect(201);
    const newer = await record(patientId, { coverageId, asOfDate: '2026-12-03', method: 'phone', outcome: 'active', checkedAt: '2026-11-29T15:00:00Z' }).expect(201);
    await record(patientId, { coverageId, asOfDate: '2026-12-04', method: 'phone', outcome: 'error', checkedAt: '2026-11-30T08:00:00Z' }).expect(201);

    const context = userContext(admin.organizationId);
    const service = app.get(EligibilityService);
    const latest = await runInAuditScope(context, null, () => service.latestFor(context, coverageId, '2026-12-03'));
    expect(latest?.id).toBe(newer.body.id);
    expect(latest?.outcome).toBe('active');
    expect(await runInAuditScope(context, null, () => service.latestFor(context, coverageId, '2026-12-05'))).toBeNull();
    const otherContext = userContext(other.organizationId);
    expect(await runInAuditScope(otherContext, null, () => service.latestFor(otherContext, coverageId, '2026-12-03'))).toBeNull();

    const forDate = await admin.agent.get(`${base(admin, patientId)}?asOfDate=2026-12-03`).expect(200);
    expect(forDate.body.items.map((check: { id: string }) => check.id)).toEqual([newer.body.id, older.body.id]);
  });

  it('names bad fields', async () => {
    const { patientId, coverageId } = await patientWithCoverage();
    const second = await patientWithCoverage();
    const bad = await record(patientId, { coverageId, asOfDate: '2026-13-01', method: 'fax', outcome: 'active', copayCents: 12.5, coinsuranceBasisPoints: 12000 }).expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['asOfDate', 'coinsuranceBasisPoints', 'copayCents', 'method']);
    const wrongCoverage = await record(patientId, { coverageId: second.coverageId, asOfDate: '2026-12-03', method: 'phone', outcome: 'active', planBegin: '2026-06-01', planEnd: '2026-01-01' }).expect(400);
    expect(wrongCoverage.body.errors).toEqual([
      { field: 'coverageId', message: `no coverage ${second.coverageId} of this patient` },
      { field: 'planEnd', message: 'must be on or after 2026-06-01' },
    ]);
    const future = await record(patientId, { coverageId, asOfDate: '2026-12-03', method: 'phone', outcome: 'active', checkedAt: '2099-01-01T00:00:00Z' }).expect(400);
    expect(future.body.errors).toEqual([{ field: 'checkedAt', message: 'must not be in the future' }]);
  });

  it('answers 404 to another organization', async () => {
    const { patientId, coverageId } = await patientWithCoverage();
    await record(patientId, { coverageId, asOfDate: '2026-12-03', method: 'phone', outcome: 'active' }).expect(201);
    await other.agent.get(base(other, patientId)).expect(404);
    await other.agent.post(base(other, patientId)).set('x-csrf-token', other.csrf).send({ coverageId, asOfDate: '2026-12-03', method: 'phone', outcome: 'active' }).expect(404);
  });
});
