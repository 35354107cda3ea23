import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { definePlugin, OperationResults, type EligibilityBenefits, type EligibilityRequest } from '@openrcm/sdk';
import { z } from 'zod';
import { EligibilitySweepScheduler } from '../src/eligibility/run/eligibility-sweep.scheduler';
import { addDays } from '../src/time/calendar-date';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { eventually, startTestServer, testConfig } from './support/test-app';

/** What the fake network answers, by the member id's prefix. */
function answer(request: EligibilityRequest) {
  const benefits = (active: boolean): EligibilityBenefits => ({
    active,
    planBeginDate: '2026-01-01',
    copayCents: 2500,
    coinsuranceBasisPoints: 2000,
    deductible: { totalCents: 150_000, remainingCents: 42_017 },
    messages: active ? ['PCP on file'] : ['coverage terminated'],
    raw: { member: request.memberId, active },
  });
  if (request.memberId.startsWith('ACTIVE')) return OperationResults.success(benefits(true));
  if (request.memberId.startsWith('ENDED')) return OperationResults.success(benefits(false));
  if (request.memberId.startsWith('SLOW')) return OperationResults.pending(`ref-${request.memberId}`, new Date());
  return OperationResults.exception('the network did not answer', true);
}

const seen: EligibilityRequest[] = [];
const fakeEligibility = definePlugin({
  id: 'fake-eligibility',
  version: '1.0.0',
  sdk: '^1.3.0',
  settings: z.object({}),
  register(ctx) {
    ctx.contribute('eligibility-provider', {
      id: 'fake',
      check: async (_context, request) => {
        seen.push(request);
        return answer(request);
      },
      followUp: async (_context, reference) => OperationResults.success({ active: true, copayCents: 1000, messages: [], raw: { reference } }),
    });
  },
});

describe('eligibility checks run through a plugin', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  let base: string;
  let practice: { locationId: string; groupId: string; doctorId: string; payerId: string; payerWithoutPluginId: string };
  const tomorrow = addDays(new Date().toISOString().slice(0, 10), 1);

  const post = (path: string, body: object) => admin.agent.post(`${base}${path}`).set('x-csrf-token', admin.csrf).send(body);

  beforeAll(async () => {
    const config = await testConfig({ useRedis: false, plugins: { installed: [{ module: 'fake-eligibility' }] } });
    app = await startTestServer(config, { loadPluginModule: () => ({ plugin: fakeEligibility }) });
    admin = await signInAsNewAdmin(app);
    base = `/api/organizations/${admin.organizationId}`;
    const location = await post('/locations', { name: 'Main', npi: null, addressLine1: '1 Main St', addressLine2: null, city: 'Springfield', state: 'IL', zip: '627011234', phone: null, placeOfServiceCode: '11', active: true }).expect(201);
    const group = await post('/providers', { kind: 'organization', name: 'Riverside Family Medicine', npi: '1234567893', taxId: '12-3456789' }).expect(201);
    const doctor = await post('/providers', { kind: 'individual', name: 'Okafor', firstName: 'Adaeze', npi: '1245319599' }).expect(201);
    const payer = await post('/payers', { name: 'Acme Health', payerId: 'ACME1', claimFilingIndicator: 'CI', eligibilityPluginId: 'fake-eligibility' }).expect(201);
    const manual = await post('/payers', { name: 'Local Mutual', payerId: 'LOCAL1', claimFilingIndicator: 'CI' }).expect(201);
    practice = { locationId: location.body.id, groupId: group.body.id, doctorId: doctor.body.id, payerId: payer.body.id, payerWithoutPluginId: manual.body.id };
  });

  afterAll(async () => {
    await app.close();
  });

  async function visitTomorrow(memberId: string, payerRecordId = practice.payerId) {
    const patient = await post('/patients', { firstName: 'Ines', lastName: `Moreau${memberId}`, birthDate: '1979-03-03', sex: 'F' }).expect(201);
    const coverage = await post(`/patients/${patient.body.id}/coverages`, { payerRecordId, order: 'primary', subscriberRelationship: '18', memberId, effectiveFrom: '2026-01-01' }).expect(201);
    const encounter = await post('/encounters', {
      patientId: patient.body.id,
      locationId: practice.locationId,
      billingProviderId: practice.groupId,
      renderingProviderId: practice.doctorId,
      dateOfService: tomorrow,
    }).expect(201);
    return { patientId: patient.body.id as string, coverageId: coverage.body.id as string, encounterId: encounter.body.id as string };
  }

  const encounterOf = async (encounterId: string) => (await admin.agent.get(`${base}/encounters/${encounterId}`).expect(200)).body;

  it("sweeps tomorrow's visits, shows the copay and deductible remaining on the encounter, and skips coverages checked recently", async () => {
    const active = await visitTomorrow('ACTIVE-1');
    await visitTomorrow('NOPLUGIN-1', practice.payerWithoutPluginId);
    const swept = await post('/eligibility-sweeps', { fromDate: tomorrow, toDate: tomorrow }).expect(200);
    expect(swept.body).toEqual({ visits: 2, queued: 1, skippedRecentlyChecked: 0, skippedNotCheckable: 1 });

    const shown = await eventually(async () => {
      const encounter = await encounterOf(active.encounterId);
      return encounter.eligibility?.check ? encounter : undefined;
    });
    expect(shown.eligibility).toMatchObject({
      coverageId: active.coverageId,
      payerName: 'Acme Health',
      check: { outcome: 'active', method: 'plugin', source: 'fake-eligibility/fake', coinsuranceBasisPoints: 2000, messages: ['PCP on file'] },
      pointOfService: { copayCents: 2500, deductibleRemainingCents: 42_017 },
    });
    expect(seen.find((request) => request.memberId === 'ACTIVE-1')).toMatchObject({ payerId: 'ACME1', providerNpi: '1234567893', relationshipCode: '18', serviceTypeCode: '30', asOfDate: tomorrow });
    const checks = await admin.agent.get(`${base}/patients/${active.patientId}/eligibility-checks`).expect(200);
    expect(checks.body.items[0]).toMatchObject({ encounterId: active.encounterId, outcome: 'active', copayCents: 2500 });

    const again = await post('/eligibility-sweeps', { fromDate: tomorrow, toDate: tomorrow }).expect(200);
    expect(again.body).toEqual({ visits: 2, queued: 0, skippedRecentlyChecked: 1, skippedNotCheckable: 1 });
  });

  it('records an inactive coverage and opens a registration work item for the front desk, once', async () => {
    const ended = await visitTomorrow('ENDED-1');
    const run = await post(`/patients/${ended.patientId}/eligibility-checks/run`, { coverageId: ended.coverageId, asOfDate: tomorrow, encounterId: ended.encounterId }).expect(201);
    expect(run.body).toMatchObject({ status: 'recorded', check: { outcome: 'inactive', messages: ['coverage terminated'] } });
    await post(`/patients/${ended.patientId}/eligibility-checks/run`, { coverageId: ended.coverageId, asOfDate: tomorrow, encounterId: ended.encounterId }).expect(201);
    const items = await admin.agent.get(`${base}/work-items`).query({ category: 'registration', recordType: 'coverage', recordId: ended.coverageId }).expect(200);
    expect(items.body.total).toBe(1);
    const item = await admin.agent.get(`${base}/work-items/${items.body.items[0].id}`).expect(200);
    expect(item.body).toMatchObject({ kind: 'follow-up', ownerRole: 'front-desk', state: 'open' });
    expect(item.body.notes.map((note: { body: string }) => note.body)).toEqual([
      `Eligibility check: the payer reports the coverage inactive on ${tomorrow}.`,
      `Eligibility check: the payer reports the coverage inactive on ${tomorrow}.`,
    ]);
  });

  it('follows up an answer still in progress, records a communication error as an error, and refuses a payer without a connector', async () => {
    const slow = await visitTomorrow('SLOW-1');
    const pending = await post(`/patients/${slow.patientId}/eligibility-checks/run`, { coverageId: slow.coverageId, asOfDate: tomorrow, encounterId: slow.encounterId }).expect(202);
    expect(pending.body).toMatchObject({ status: 'pending', reference: 'ref-SLOW-1' });
    const followed = await eventually(async () => {
      const checks = await admin.agent.get(`${base}/patients/${slow.patientId}/eligibility-checks`).expect(200);
      return checks.body.total > 0 ? checks.body.items[0] : undefined;
    });
    expect(followed).toMatchObject({ outcome: 'active', copayCents: 1000, referenceNumber: 'ref-SLOW-1' });

    const down = await visitTomorrow('DOWN-1');
    const failed = await post(`/patients/${down.patientId}/eligibility-checks/run`, { coverageId: down.coverageId, asOfDate: tomorrow }).expect(400);
    expect(failed.body.errors).toEqual([{ field: 'providerId', message: 'name the provider asking (or the encounter checked for)' }]);
    const error = await post(`/patients/${down.patientId}/eligibility-checks/run`, { coverageId: down.coverageId, asOfDate: tomorrow, providerId: practice.groupId }).expect(201);
    expect(error.body.check).toMatchObject({ outcome: 'error', notes: 'the network did not answer' });

    const manual = await visitTomorrow('MANUAL-1', practice.payerWithoutPluginId);
    const refused = await post(`/patients/${manual.patientId}/eligibility-checks/run`, { coverageId: manual.coverageId, asOfDate: tomorrow, encounterId: manual.encounterId }).expect(409);
    expect(refused.body.detail).toBe('Local Mutual has no eligibility connector: check by phone or portal and record the result, or set the payer\'s eligibility plugin (or a clearinghouse that answers real-time 270s)');
  });

  it("queues each organization's sweep of the day once, for the visits of the next days in its time zone", async () => {
    const scheduler = app.get(EligibilitySweepScheduler);
    const now = new Date('2026-03-02T03:00:00Z');
    expect(await scheduler.queueToday(now)).toBeGreaterThanOrEqual(1);
    expect(await scheduler.queueToday(now)).toBe(0);
    const [job] = await app
      .get(MikroORM)
      .em.fork()
      .getConnection()
      .execute<{ payload: unknown; idempotency_key: string }[]>("select payload, idempotency_key from job_record where organization_id = ? and name = 'eligibility.sweep'", [admin.organizationId]);
    // 03:00 UTC is still 1 March in Chicago, the test organization's time zone.
    expect(job).toEqual({ payload: { fromDate: '2026-03-02', toDate: '2026-03-02' }, idempotency_key: 'sweep:2026-03-01' });
  });
});
