import type { INestApplication } from '@nestjs/common';
import { EligibilitySweepScheduler, OrganizationService, UserService } from '@openrcm/core';
import { createTestDatabase, type TestDatabase } from '@openrcm/core/testing';
import { createRoster, DEFAULT_AVAILITY_CLIENT, startAvailityFake, startCoreRealtimeFake, type AvailityFake } from '@openrcm/simulator';
import { join } from 'node:path';
import { startServer } from '../src/commands/start.command';
import { loadConfig } from '../src/config/load-config';
import { firstSignIn, type BrowserSession } from './support/browser-session';
import { configDirectory, quietOutput } from './support/cli-harness';

type CoreFake = Awaited<ReturnType<typeof startCoreRealtimeFake>>;

/** Today's calendar date in the organization's time zone (the visits of the test happen today). */
const TIME_ZONE = 'America/New_York';
const today = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/**
 * Issue #7 acceptance, end to end: the server with the Availity and generic clearinghouse plugins against the
 * simulator's Availity fake and CAQH CORE real-time endpoint. A visit is swept the day before, the encounter shows
 * the copay and deductible remaining, and the Ready-to-bill gate passes; an inactive coverage blocks the gate with the
 * reason and opens a registration work item; a payer outside Availity is checked with a 270/271 through the
 * clearinghouse.
 */
describe('eligibility end to end', () => {
  let availity: AvailityFake;
  let realtime: CoreFake;
  let database: TestDatabase;
  let app: INestApplication;
  let session: BrowserSession;
  let base: string;
  let practice: { locationId: string; groupId: string; doctorId: string; availityPayerId: string; clearinghousePayerId: string };

  const post = (path: string, body: object) => session.agent.post(`${base}${path}`).set('x-csrf-token', session.csrf).send(body);
  const put = (path: string, body: object) => session.agent.put(`${base}${path}`).set('x-csrf-token', session.csrf).send(body);
  const move = (encounterId: string, body: object) => post(`/encounters/${encounterId}/transitions`, body);
  const upload = (path: string, type: string, body: string) => session.agent.post(`${base}${path}`).set('x-csrf-token', session.csrf).set('content-type', type).send(body);

  beforeAll(async () => {
    availity = await startAvailityFake({ roster: createRoster() });
    realtime = await startCoreRealtimeFake({ credentials: { username: 'clinic-42', password: 'core-secret' } });
    process.env['SIM_AVAILITY_SECRET'] = DEFAULT_AVAILITY_CLIENT.clientSecret;
    process.env['SIM_CORE_PASSWORD'] = 'core-secret';
    database = await createTestDatabase();
    const plugins = [
      { module: '@openrcm/plugin-eligibility-availity', settings: { baseUrl: availity.url, clientId: DEFAULT_AVAILITY_CLIENT.clientId, clientSecret: { env: 'SIM_AVAILITY_SECRET' } } },
      {
        module: '@openrcm/plugin-clearinghouse-generic',
        settings: { endpointUrl: realtime.url, senderId: 'OPENRCM01', receiverId: 'SIMCLEARING', auth: { type: 'basic', username: 'clinic-42', password: { env: 'SIM_CORE_PASSWORD' } } },
      },
    ];
    const cwd = configDirectory(`{ database: { dataDir: './data' }, logLevel: 'silent', http: { port: 0 }, plugins: ${JSON.stringify(plugins)} }`);
    const env = database.config.url ? { DATABASE_URL: database.config.url } : {};
    app = await startServer(await loadConfig(join(cwd, 'openrcm.config.ts'), env, cwd), { work: true }, quietOutput);

    const system = { actor: { type: 'system' as const, id: 'test' }, roles: [], correlationId: 'eligibility-e2e' };
    const organization = await app.get(OrganizationService).create(system, { name: 'Simulated Family Practice', timeZone: TIME_ZONE });
    const { oneTimePassword } = await app.get(UserService).createAdmin(organization.id, 'owner@practice.test', 'Owner');
    session = await firstSignIn(app.getHttpServer(), 'owner@practice.test', oneTimePassword, 'a long and careful pass phrase');
    base = `/api/organizations/${organization.id}`;
    await session.agent.patch(base).set('x-csrf-token', session.csrf).send({ x12SubmitterId: 'OPENRCM01' }).expect(200);

    await upload(`/reference-imports/icd10cm?effectiveDate=2025-10-01`, 'text/plain', 'E119    Type 2 diabetes mellitus without complications\nI10     Essential (primary) hypertension\n').expect(201);
    await upload(`/reference-imports/cpt?effectiveDate=2026-01-01`, 'text/csv', 'code,description\n99213,office visit established low\n').expect(201);
    const location = await post('/locations', { name: 'Main', npi: null, addressLine1: '1 Main St', addressLine2: null, city: 'Albany', state: 'NY', zip: '122071234', phone: null, placeOfServiceCode: '11', active: true }).expect(201);
    const group = await post('/providers', { kind: 'organization', name: 'Simulated Family Practice', npi: '1234567893', taxId: '12-3456789' }).expect(201);
    const doctor = await post('/providers', { kind: 'individual', name: 'Okafor', firstName: 'Adaeze', npi: '1245319599' }).expect(201);
    const availityPayer = await post('/payers', { name: 'Simulated Health Plan', payerId: 'SIMPAYER1', claimFilingIndicator: 'CI', eligibilityPluginId: 'eligibility-availity' }).expect(201);
    const clearinghousePayer = await post('/payers', { name: 'Realtime Mutual', payerId: 'SIMRT', claimFilingIndicator: 'CI', clearinghousePluginId: 'clearinghouse-generic' }).expect(201);
    for (const payer of [availityPayer, clearinghousePayer]) {
      await put(`/payers/${payer.body.id}/enrollments`, { providerId: group.body.id, transaction: '837P', status: 'enrolled' }).expect(200);
    }
    const master = await post('/fee-schedules', { name: 'Charge master', effectiveFrom: '2026-01-01', kind: 'fixed' }).expect(201);
    await upload(`/fee-schedules/${master.body.id}/entries/import`, 'text/csv', 'code,modifier,amount\n99213,,125.00\n').expect(200);
    practice = {
      locationId: location.body.id,
      groupId: group.body.id,
      doctorId: doctor.body.id,
      availityPayerId: availityPayer.body.id,
      clearinghousePayerId: clearinghousePayer.body.id,
    };
  });

  afterAll(async () => {
    await app?.close();
    await availity?.close();
    await realtime?.close();
    await database?.drop();
  });

  /** A registered patient with a self-subscribed primary coverage and a visit today. */
  async function visitToday(patient: { firstName: string; lastName: string; birthDate: string; sex: string }, payerRecordId: string, memberId: string) {
    const registered = await post('/patients', { ...patient, duplicateReviewed: true }).expect(201);
    await put(`/patients/${registered.body.id}/guarantor`, { relationship: 'self' }).expect(200);
    const coverage = await post(`/patients/${registered.body.id}/coverages`, { payerRecordId, order: 'primary', subscriberRelationship: '18', memberId, effectiveFrom: '2026-01-01' }).expect(201);
    const encounter = await post('/encounters', { patientId: registered.body.id, locationId: practice.locationId, billingProviderId: practice.groupId, renderingProviderId: practice.doctorId, dateOfService: today }).expect(201);
    return { patientId: registered.body.id as string, coverageId: coverage.body.id as string, encounterId: encounter.body.id as string };
  }

  async function codeVisit(encounterId: string): Promise<void> {
    await move(encounterId, { event: 'check-in' }).expect(200);
    await put(`/encounters/${encounterId}/patient-responsibility`, { estimateCents: 2500, method: 'verbal' }).expect(200);
    await put(`/encounters/${encounterId}/diagnoses`, { codes: ['E11.9'] }).expect(200);
    await post(`/encounters/${encounterId}/charges`, { procedureCode: '99213', units: 1, diagnosisPointers: [1] }).expect(201);
    await move(encounterId, { event: 'document' }).expect(200);
    await put(`/encounters/${encounterId}/documentation`, { providerId: practice.doctorId, signedAt: new Date().toISOString() }).expect(200);
    await move(encounterId, { event: 'code' }).expect(200);
  }

  async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > until) throw new Error('timed out waiting');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  const encounterWithCheck = (encounterId: string) =>
    eventually(async () => {
      const encounter = (await session.agent.get(`${base}/encounters/${encounterId}`).expect(200)).body;
      return encounter.eligibility?.check ? encounter : undefined;
    });

  it("sweeps the next day's visit through Availity, shows copay and deductible remaining, and passes the Ready-to-bill gate", async () => {
    const ada = await visitToday({ firstName: 'Ada', lastName: 'Testperson', birthDate: '1980-04-12', sex: 'F' }, practice.availityPayerId, 'SIM100001');
    // The sweep that ran yesterday covers today's visits.
    await app.get(EligibilitySweepScheduler).queueToday(new Date(Date.now() - 86_400_000));
    const swept = await encounterWithCheck(ada.encounterId);
    expect(swept.eligibility).toMatchObject({
      payerName: 'Simulated Health Plan',
      check: { outcome: 'active', method: 'plugin', source: 'eligibility-availity/availity', coinsuranceBasisPoints: 2000 },
      pointOfService: { copayCents: 2500, deductibleRemainingCents: 90_000 },
    });
    expect(availity.requests.some((recorded) => recorded.form?.['memberId'] === 'SIM100001')).toBe(true);

    await codeVisit(ada.encounterId);
    const ready = await move(ada.encounterId, { event: 'mark-ready' }).expect(200);
    expect(ready.body.encounter.state).toBe('ready-to-bill');
  });

  it('blocks the gate for an inactive coverage with the reason, and opens a registration work item', async () => {
    const dev = await visitToday({ firstName: 'Dev', lastName: 'Example', birthDate: '1975-02-17', sex: 'M' }, practice.availityPayerId, 'SIM100003');
    const swept = await post('/eligibility-sweeps', { fromDate: today, toDate: today }).expect(200);
    // Ada's visit is checked in by now, so only Dev's scheduled visit is swept.
    expect(swept.body).toEqual({ visits: 1, queued: 1, skippedRecentlyChecked: 0, skippedNotCheckable: 0 });
    const checked = await encounterWithCheck(dev.encounterId);
    expect(checked.eligibility.check.outcome).toBe('inactive');

    await codeVisit(dev.encounterId);
    const refused = await move(dev.encounterId, { event: 'mark-ready' }).expect(422);
    expect(refused.body.failures).toEqual([{ check: 'eligibility-verified', reason: `the eligibility check of Simulated Health Plan for ${today} (plugin) found the coverage inactive` }]);
    const items = await session.agent.get(`${base}/work-items`).query({ category: 'registration', recordType: 'coverage', recordId: dev.coverageId }).expect(200);
    expect(items.body.items).toMatchObject([{ kind: 'follow-up', ownerRole: 'front-desk', state: 'open', patientId: dev.patientId }]);
  });

  it('checks a payer outside Availity with a 270/271 through the clearinghouse', async () => {
    const jane = await visitToday({ firstName: 'Jane', lastName: 'Doe', birthDate: '1980-02-03', sex: 'F' }, practice.clearinghousePayerId, 'RT1001');
    const run = await post(`/patients/${jane.patientId}/eligibility-checks/run`, { coverageId: jane.coverageId, asOfDate: today, encounterId: jane.encounterId }).expect(201);
    expect(run.body).toMatchObject({ status: 'recorded', check: { outcome: 'active', copayCents: 2500, deductibleRemainingCents: 45_050, source: 'clearinghouse-generic/x12-clearinghouse-generic' } });
    expect(realtime.requests.length).toBeGreaterThan(0);
  });
});
