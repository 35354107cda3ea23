import type { INestApplication } from '@nestjs/common';
import { OrganizationService, UserService } from '@openrcm/core';
import { createTestDatabase, type TestDatabase } from '@openrcm/core/testing';
import { generateHostKey, startPayerSftpServer, type PayerSftpServer } from '@openrcm/simulator';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/commands/start.command';
import { loadConfig } from '../src/config/load-config';
import { firstSignIn, type BrowserSession } from './support/browser-session';
import { configDirectory, quietOutput } from './support/cli-harness';

const TIME_ZONE = 'America/New_York';
/** Today in UTC: the simulator refuses a date of service after its own (UTC) today. */
const today = new Date().toISOString().slice(0, 10);

/**
 * Issue #8 acceptance, end to end: the server with the generic clearinghouse plugin configured for SFTP (host key
 * pinned) to the simulator's payer SFTP server. Encounters → claims built → scrubbed and released → submitted over
 * SFTP → the simulator answers a 999 and a 277CA → fetch-inbound → claim states; a claim for a member id the payer
 * does not know ends rejected with a work item naming the field.
 */
describe('claims over SFTP end to end', () => {
  let root: string;
  let sftp: PayerSftpServer;
  let database: TestDatabase;
  let app: INestApplication;
  let session: BrowserSession;
  let base: string;
  let practice: { locationId: string; groupId: string; doctorId: string; payerId: string };
  const answered: string[] = [];

  const post = (path: string, body: object = {}) => session.agent.post(`${base}${path}`).set('x-csrf-token', session.csrf).send(body);
  const put = (path: string, body: object) => session.agent.put(`${base}${path}`).set('x-csrf-token', session.csrf).send(body);
  const get = (path: string) => session.agent.get(`${base}${path}`);
  const move = (encounterId: string, body: object) => post(`/encounters/${encounterId}/transitions`, body);
  const upload = (path: string, type: string, body: string) => session.agent.post(`${base}${path}`).set('x-csrf-token', session.csrf).set('content-type', type).send(body);

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'openrcm-claims-sftp-'));
    sftp = await startPayerSftpServer({
      root,
      port: 0,
      hostKey: generateHostKey(),
      seed: 7,
      delayMs: 3_600_000,
      users: [{ username: 'clinic42', password: 'sftp-secret' }],
      onResult: (file, result) => answered.push(`${file}:${result.kind}`),
    });
    process.env['SIM_SFTP_PASSWORD'] = 'sftp-secret';
    database = await createTestDatabase();
    const plugins = [
      {
        module: '@openrcm/plugin-clearinghouse-generic',
        settings: {
          transport: {
            type: 'sftp',
            host: sftp.host,
            port: sftp.port,
            username: 'clinic42',
            password: { env: 'SIM_SFTP_PASSWORD' },
            hostKeySha256: sftp.fingerprint,
            outbox: '/outbox',
            inbox: '/inbox',
          },
        },
      },
    ];
    const cwd = configDirectory(`{ database: { dataDir: './data' }, logLevel: 'silent', http: { port: 0 }, plugins: ${JSON.stringify(plugins)} }`);
    const env = database.config.url ? { DATABASE_URL: database.config.url } : {};
    app = await startServer(await loadConfig(join(cwd, 'openrcm.config.ts'), env, cwd), { work: true }, quietOutput);

    const system = { actor: { type: 'system' as const, id: 'test' }, roles: [], correlationId: 'claims-sftp-e2e' };
    const organization = await app.get(OrganizationService).create(system, { name: 'Simulated Family Practice', timeZone: TIME_ZONE });
    const { oneTimePassword } = await app.get(UserService).createAdmin(organization.id, 'owner@practice.test', 'Owner');
    session = await firstSignIn(app.getHttpServer(), 'owner@practice.test', oneTimePassword, 'a long and careful pass phrase');
    base = `/api/organizations/${organization.id}`;
    await session.agent.patch(base).set('x-csrf-token', session.csrf).send({ x12SubmitterId: 'OPENRCM01' }).expect(200);

    await upload('/reference-imports/icd10cm?effectiveDate=2025-10-01', 'text/plain', 'E119    Type 2 diabetes mellitus without complications\n').expect(201);
    await upload('/reference-imports/cpt?effectiveDate=2026-01-01', 'text/csv', 'code,description\n99213,office visit established low\n').expect(201);
    const location = await post('/locations', { name: 'Main', npi: null, addressLine1: '1 Main St', addressLine2: null, city: 'Albany', state: 'NY', zip: '122071234', phone: '5185550100', placeOfServiceCode: '11', active: true }).expect(201);
    const group = await post('/providers', { kind: 'organization', name: 'Simulated Family Practice', npi: '1234567893', taxId: '12-3456789' }).expect(201);
    const doctor = await post('/providers', { kind: 'individual', name: 'Okafor', firstName: 'Adaeze', npi: '1245319599' }).expect(201);
    const payer = await post('/payers', { name: 'Simulated Health Plan', payerId: 'SIMPAYER1', claimFilingIndicator: 'CI', clearinghousePluginId: 'clearinghouse-generic' }).expect(201);
    await put(`/payers/${payer.body.id}/enrollments`, { providerId: group.body.id, transaction: '837P', status: 'enrolled' }).expect(200);
    const master = await post('/fee-schedules', { name: 'Charge master', effectiveFrom: '2026-01-01', kind: 'fixed' }).expect(201);
    await upload(`/fee-schedules/${master.body.id}/entries/import`, 'text/csv', 'code,modifier,amount\n99213,,125.00\n').expect(200);
    practice = { locationId: location.body.id, groupId: group.body.id, doctorId: doctor.body.id, payerId: payer.body.id };
  });

  afterAll(async () => {
    await app?.close();
    await sftp?.close();
    await database?.drop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  /** A visit today for a roster member, coded, checked and ready to bill; its claim built, scrubbed and released. */
  async function readyClaim(patient: { firstName: string; lastName: string; birthDate: string; sex: string }, memberId: string): Promise<{ id: string; patientControlNumber: string }> {
    const registered = await post('/patients', { ...patient, address: { line1: '12 Elm St', city: 'Albany', state: 'NY', postalCode: '12207' }, duplicateReviewed: true }).expect(201);
    await put(`/patients/${registered.body.id}/guarantor`, { relationship: 'self' }).expect(200);
    const coverage = await post(`/patients/${registered.body.id}/coverages`, { payerRecordId: practice.payerId, order: 'primary', subscriberRelationship: '18', memberId, effectiveFrom: '2026-01-01' }).expect(201);
    const encounter = await post('/encounters', { patientId: registered.body.id, locationId: practice.locationId, billingProviderId: practice.groupId, renderingProviderId: practice.doctorId, dateOfService: today }).expect(201);
    const encounterId = encounter.body.id as string;
    await move(encounterId, { event: 'check-in' }).expect(200);
    await put(`/encounters/${encounterId}/patient-responsibility`, { estimateCents: 2500, method: 'verbal' }).expect(200);
    await put(`/encounters/${encounterId}/diagnoses`, { codes: ['E11.9'] }).expect(200);
    await post(`/encounters/${encounterId}/charges`, { procedureCode: '99213', units: 1, diagnosisPointers: [1] }).expect(201);
    await move(encounterId, { event: 'document' }).expect(200);
    await put(`/encounters/${encounterId}/documentation`, { providerId: practice.doctorId, signedAt: new Date().toISOString() }).expect(200);
    await move(encounterId, { event: 'code' }).expect(200);
    await post(`/patients/${registered.body.id}/eligibility-checks`, { coverageId: coverage.body.id, asOfDate: today, method: 'portal', outcome: 'active' }).expect(201);
    await move(encounterId, { event: 'mark-ready' }).expect(200);
    const built = await post('/claims/build', { encounterId }).expect(201);
    const claim = built.body.claims[0] as { id: string; patientControlNumber: string };
    await post(`/claims/${claim.id}/transitions`, { event: 'scrub' }).expect(200);
    await post(`/claims/${claim.id}/transitions`, { event: 'release' }).expect(200);
    return claim;
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

  const claimOf = async (id: string) => (await get(`/claims/${id}`).expect(200)).body;

  it('submits claims over SFTP, takes in the 999 and 277CA, accepts the good claim and rejects the unknown member with a work item', async () => {
    const ada = await readyClaim({ firstName: 'Ada', lastName: 'Testperson', birthDate: '1980-04-12', sex: 'F' }, 'SIM100001');
    const ghost = await readyClaim({ firstName: 'Gus', lastName: 'Ghostly', birthDate: '1970-01-01', sex: 'M' }, 'SIM999999');

    const summary = await post('/claims/submit-ready').expect(200);
    expect(summary.body.notSubmitted).toEqual([]);
    expect(summary.body.batches).toMatchObject([{ payerName: 'Simulated Health Plan', pluginId: 'clearinghouse-generic', claimCount: 2 }]);
    const batchId = summary.body.batches[0].batchId as string;
    const batch = await eventually(async () => {
      const found = (await get(`/claim-batches/${batchId}`).expect(200)).body;
      return found.state === 'pending' ? undefined : found;
    });
    expect(batch).toMatchObject({ state: 'submitted', lastError: null });
    expect(await readdir(join(root, 'outbox'))).toEqual([batch.fileName]);
    expect(answered).toEqual([`${batch.fileName}:answered`]);
    for (const claim of [ada, ghost]) expect((await claimOf(claim.id)).state).toBe('submitted');

    const fetched = await post('/claims/fetch-inbound').expect(200);
    expect(fetched.body.connectors).toEqual([{ pluginId: 'clearinghouse-generic', status: 'SUCCESS', received: 2, duplicates: 0 }]);
    expect(fetched.body.files.map((file: { kind: string; outcome: string }) => `${file.kind}:${file.outcome}`).sort()).toEqual(['277CA:applied', '999:applied']);

    const accepted = await claimOf(ada.id);
    expect(accepted.state).toBe('accepted');
    expect(accepted.payerClaimNumber).toEqual(expect.any(String));
    expect((await claimOf(ghost.id)).state).toBe('rejected');
    const items = await get('/work-items').query({ recordType: 'claim', recordId: ghost.id }).expect(200);
    expect(items.body.items).toHaveLength(1);
    expect(items.body.items[0]).toMatchObject({ ownerRole: 'biller', title: `Claim ${ghost.patientControlNumber} rejected by the payer (277CA): fix the subscriber's member id on the coverage (837P 2010BA NM109)` });
    const item = (await get(`/work-items/${items.body.items[0].id}`).expect(200)).body;
    expect(item.notes[0].body).toContain('A7 rejected for invalid information');
    expect(item.notes[0].body).toContain('member id SIM999999 not found');

    // Polling again takes nothing new: the plugin and core both know the files.
    const again = await post('/claims/fetch-inbound').expect(200);
    expect(again.body.files).toEqual([]);
  });
});
