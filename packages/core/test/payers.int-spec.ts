import type { INestApplication } from '@nestjs/common';
import { definePlugin, systemContext, type PluginDefinition } from '@openrcm/sdk';
import request from 'supertest';
import { z } from 'zod';
import { ApiKeyService } from '../src/identity/api-key.service';
import { PayerImporter } from '../src/payers/payer-list.importer';
import { PayerService } from '../src/payers/payer.service';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

function fakePlugin(id: string, register: PluginDefinition['register']): PluginDefinition {
  return definePlugin({ id, version: '1.0.0', sdk: '^1', settings: z.object({}), register });
}

const clearinghouse = fakePlugin('test-clearinghouse', (context) =>
  context.contribute('clearinghouse-connector', {
    id: 'test',
    capabilities: { submitClaims: true, receiveDocuments: true, realTimeEligibility: false, claimStatus: false },
    submitBatch: () => Promise.reject(new Error('not in this test')),
  }),
);
const eligibility = fakePlugin('test-eligibility', (context) =>
  context.contribute('eligibility-provider', { id: 'test', check: () => Promise.reject(new Error('not in this test')) }),
);
const dormant = fakePlugin('test-dormant', (context) =>
  context.contribute('eligibility-provider', { id: 'dormant', check: () => Promise.reject(new Error('not in this test')) }),
);
const PLUGINS: Record<string, PluginDefinition> = { clearinghouse, eligibility, dormant };

const aetna = {
  name: 'Aetna',
  payerId: '60054',
  claimFilingIndicator: 'CI',
  timelyFilingDays: 180,
  appealLimitDays: 60,
  clearinghousePluginId: 'test-clearinghouse',
  eligibilityPluginId: 'test-eligibility',
  authorizationRequiredCodes: ['70553', 'e0601'],
};

describe('payers', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  let other: SignedInSession;

  beforeAll(async () => {
    const config = await testConfig({
      useRedis: false,
      plugins: { installed: [{ module: 'clearinghouse', settings: {} }, { module: 'eligibility', settings: {} }, { module: 'dormant', settings: {}, enabled: false }] },
    });
    app = await startTestServer(config, { loadPluginModule: (module) => ({ plugin: PLUGINS[module] }) });
    admin = await signInAsNewAdmin(app);
    other = await signInAsNewAdmin(app);
  });

  afterAll(async () => {
    await app.close();
  });

  const base = (session: SignedInSession) => `/api/organizations/${session.organizationId}/payers`;
  const create = (body: object, session = admin) => session.agent.post(base(session)).set('x-csrf-token', session.csrf).send(body);
  const patch = (id: string, body: object, session = admin) => session.agent.patch(`${base(session)}/${id}`).set('x-csrf-token', session.csrf).send(body);
  const enroll = (payerId: string, body: object, session = admin) =>
    session.agent.put(`${base(session)}/${payerId}/enrollments`).set('x-csrf-token', session.csrf).send(body);
  const importCsv = (csv: string, session = admin) => session.agent.post(`${base(session)}/import`).set('x-csrf-token', session.csrf).set('content-type', 'text/csv').send(csv);
  const context = (session: SignedInSession) => systemContext(session.organizationId, 'test');
  const names = (response: request.Response) => response.body.items.map((payer: { name: string }) => payer.name);

  describe('the payer API', () => {
    it('adds a payer with its plugins and authorization codes, and shows it', async () => {
      const created = await create(aetna).expect(201);
      expect(created.body).toMatchObject({ ...aetna, authorizationRequiredCodes: ['70553', 'E0601'], active: true });
      const fetched = await admin.agent.get(`${base(admin)}/${created.body.id}`).expect(200);
      expect(fetched.body).toEqual(created.body);
      const defaults = await create({ name: 'Medicare Part B', payerId: 'cms', claimFilingIndicator: 'mb' }).expect(201);
      expect(defaults.body).toMatchObject({ payerId: 'CMS', claimFilingIndicator: 'MB', timelyFilingDays: 365, appealLimitDays: 120, followUpDays: 30, clearinghousePluginId: null, eligibilityPluginId: null, authorizationRequiredCodes: [] });
    });

    it('names every bad field', async () => {
      const refused = await create({ name: '', payerId: 'A', claimFilingIndicator: 'XX', timelyFilingDays: 0, appealLimitDays: -5, followUpDays: 400, authorizationRequiredCodes: ['99213', '992'] }).expect(400);
      expect(refused.body.errors).toEqual([
        { field: 'name', message: 'required' },
        { field: 'payerId', message: '"A" is not a payer id: 2 to 80 letters A-Z and digits' },
        { field: 'claimFilingIndicator', message: expect.stringMatching(/^"XX" is not an SBR09 code \(11, 12, 13/) },
        { field: 'timelyFilingDays', message: '0 is not a number of days: a whole number from 1 to 3650' },
        { field: 'appealLimitDays', message: '-5 is not a number of days: a whole number from 1 to 3650' },
        { field: 'followUpDays', message: '400 is not a follow-up period: a whole number of days from 1 to 365' },
        { field: 'authorizationRequiredCodes.1', message: '"992" is not a procedure code: five letters A-Z and digits' },
      ]);
      const shape = await create({ name: 'Typed wrong', payerId: 'TW', claimFilingIndicator: 'CI', timelyFilingDays: 'ninety' }).expect(400);
      expect(shape.body.errors).toEqual([{ field: 'timelyFilingDays', message: expect.any(String) }]);
    });

    it('accepts only installed plugins, enabled here, that provide the matching extension point', async () => {
      const refused = await create({ name: 'Plugged', payerId: 'PLUG1', claimFilingIndicator: 'CI', clearinghousePluginId: 'test-eligibility', eligibilityPluginId: 'nowhere' }).expect(400);
      expect(refused.body.errors).toEqual([
        { field: 'clearinghousePluginId', message: 'plugin "test-eligibility" provides no clearinghouse-connector' },
        { field: 'eligibilityPluginId', message: '"nowhere" is not an installed plugin (installed: test-clearinghouse, test-eligibility, test-dormant)' },
      ]);
      const disabled = await create({ name: 'Plugged', payerId: 'PLUG1', claimFilingIndicator: 'CI', eligibilityPluginId: 'test-dormant' }).expect(400);
      expect(disabled.body.errors).toEqual([{ field: 'eligibilityPluginId', message: 'plugin "test-dormant" is not enabled for this organization' }]);
    });

    it('refuses a payer id the organization already has, on create and on change, naming it', async () => {
      const again = await create({ ...aetna, name: 'Aetna again' }).expect(409);
      expect(again.body.detail).toBe('a payer with payer id 60054 already exists');
      const cigna = await create({ name: 'Cigna', payerId: '62308', claimFilingIndicator: 'CI' }).expect(201);
      const clash = await patch(cigna.body.id, { payerId: '60054' }).expect(409);
      expect(clash.body.detail).toBe('a payer with payer id 60054 already exists');
      // Another organization may use the same payer id.
      await create({ ...aetna, clearinghousePluginId: null, eligibilityPluginId: null }, other).expect(201);
    });

    it('changes only the fields given, validating the result, and clears a plugin with null', async () => {
      const created = await create({ name: 'Humana', payerId: '61101', claimFilingIndicator: 'CI', clearinghousePluginId: 'test-clearinghouse' }).expect(201);
      const changed = await patch(created.body.id, { name: 'Humana Inc', timelyFilingDays: 90, followUpDays: 21, clearinghousePluginId: null, active: false }).expect(200);
      expect(changed.body).toMatchObject({ name: 'Humana Inc', payerId: '61101', claimFilingIndicator: 'CI', timelyFilingDays: 90, appealLimitDays: 120, followUpDays: 21, clearinghousePluginId: null, active: false });
      const refused = await patch(created.body.id, { claimFilingIndicator: 'ZY', appealLimitDays: 1.5 }).expect(400);
      expect(refused.body.errors.map((error: { field: string }) => error.field)).toEqual(['appealLimitDays']);
      const refusedByService = await patch(created.body.id, { claimFilingIndicator: 'ZY' }).expect(400);
      expect(refusedByService.body.errors).toEqual([{ field: 'claimFilingIndicator', message: expect.stringMatching(/^"ZY" is not an SBR09 code/) }]);
      const unchanged = await admin.agent.get(`${base(admin)}/${created.body.id}`).expect(200);
      expect(unchanged.body).toMatchObject({ claimFilingIndicator: 'CI', appealLimitDays: 120 });
    });

    it('lists with filters, sorting and paging', async () => {
      const all = await admin.agent.get(base(admin)).query({ sort: 'name' }).expect(200);
      expect(names(all)).toEqual(['Aetna', 'Cigna', 'Humana Inc', 'Medicare Part B']);
      expect(all.body).toMatchObject({ total: 4, limit: 50, nextCursor: null });
      const byPayerId = await admin.agent.get(base(admin)).query({ sort: '-payerId', limit: 2 }).expect(200);
      expect(byPayerId.body.items.map((payer: { payerId: string }) => payer.payerId)).toEqual(['CMS', '62308']);
      expect(byPayerId.body.total).toBe(4);
      const active = await admin.agent.get(base(admin)).query({ active: 'true', sort: 'name' }).expect(200);
      expect(names(active)).toEqual(['Aetna', 'Cigna', 'Medicare Part B']);
      const found = await admin.agent.get(base(admin)).query({ q: 'medic' }).expect(200);
      expect(names(found)).toEqual(['Medicare Part B']);
      const foundById = await admin.agent.get(base(admin)).query({ q: '6230' }).expect(200);
      expect(names(foundById)).toEqual(['Cigna']);
    });

    it("keeps each organization's payers to itself", async () => {
      const mine = (await admin.agent.get(base(admin)).query({ q: 'Aetna' }).expect(200)).body.items[0];
      await other.agent.get(`${base(other)}/${mine.id}`).expect(404);
      await patch(mine.id, { name: 'Taken' }, other).expect(404);
      await other.agent.get(`${base(other)}/${mine.id}/enrollments`).expect(404);
      await other.agent.get(base(admin)).expect(404);
      const theirs = await other.agent.get(base(other)).expect(200);
      expect(names(theirs)).toEqual(['Aetna']);
      expect(theirs.body.items[0].id).not.toBe(mine.id);
    });

    it('lets every role read and only admins and managers write', async () => {
      const actor = { ...context(admin), actor: { type: 'user' as const, id: 'test' } };
      const { secret } = await app.get(ApiKeyService).create(actor, 'front desk', ['front-desk']);
      const http = request(app.getHttpServer());
      const listed = await http.get(base(admin)).set('authorization', `Bearer ${secret}`).expect(200);
      expect(listed.body.total).toBe(4);
      await http.post(base(admin)).set('authorization', `Bearer ${secret}`).send(aetna).expect(403);
      await http.post(`${base(admin)}/import`).set('authorization', `Bearer ${secret}`).set('content-type', 'text/csv').send('payer_id,name,claim_filing_indicator\nAB,A,CI\n').expect(403);
      await http.put(`${base(admin)}/${listed.body.items[0].id}/enrollments`).set('authorization', `Bearer ${secret}`).send({}).expect(403);
    });
  });

  describe('enrollments', () => {
    let payerId: string;
    let providerId: string;

    beforeAll(async () => {
      payerId = (await create({ name: 'Blue Cross of Illinois', payerId: '00621', claimFilingIndicator: 'BL' }).expect(201)).body.id;
      providerId = (
        await admin.agent.post(`/api/organizations/${admin.organizationId}/providers`).set('x-csrf-token', admin.csrf).send({ kind: 'individual', name: 'Okafor', firstName: 'Adaeze', npi: '1245319599' }).expect(201)
      ).body.id;
    });

    it('sets one row per provider and transaction, replacing it on a second PUT', async () => {
      const pending = await enroll(payerId, { providerId, transaction: '835', status: 'pending', note: 'form sent 2026-01-05' }).expect(200);
      expect(pending.body).toMatchObject({ payerRecordId: payerId, providerId, transaction: '835', status: 'pending', effectiveFrom: null, note: 'form sent 2026-01-05' });
      const enrolled = await enroll(payerId, { providerId, transaction: '835', status: 'enrolled', effectiveFrom: '2026-02-01' }).expect(200);
      expect(enrolled.body).toMatchObject({ id: pending.body.id, status: 'enrolled', effectiveFrom: '2026-02-01', note: null });
      await enroll(payerId, { providerId, transaction: '837P', status: 'enrolled' }).expect(200);
      const listed = await admin.agent.get(`${base(admin)}/${payerId}/enrollments`).expect(200);
      expect(listed.body.map((row: { transaction: string; status: string }) => [row.transaction, row.status])).toEqual([
        ['835', 'enrolled'],
        ['837P', 'enrolled'],
      ]);
    });

    it('refuses a provider of another organization, an unknown transaction and a bad date, naming each', async () => {
      const theirProvider = (
        await other.agent.post(`/api/organizations/${other.organizationId}/providers`).set('x-csrf-token', other.csrf).send({ kind: 'organization', name: 'Elsewhere', npi: '1234567893' }).expect(201)
      ).body.id;
      const refused = await enroll(payerId, { providerId: theirProvider, transaction: '837P', status: 'enrolled' }).expect(400);
      expect(refused.body.errors).toEqual([{ field: 'providerId', message: `no provider ${theirProvider} in this organization` }]);
      const shape = await enroll(payerId, { providerId, transaction: '837I', status: 'approved', effectiveFrom: '2026-02-30' }).expect(400);
      expect(shape.body.errors.map((error: { field: string }) => error.field)).toEqual(['transaction', 'status', 'effectiveFrom']);
      await enroll('00000000-0000-4000-8000-000000000000', { providerId, transaction: '837P', status: 'enrolled' }).expect(404);
    });

    it('answers isEnrolled: enrolled status, for that transaction, in effect on the date', async () => {
      const payers = app.get(PayerService);
      await enroll(payerId, { providerId, transaction: 'EFT', status: 'pending', effectiveFrom: '2026-01-01' }).expect(200);
      expect(await payers.isEnrolled(context(admin), payerId, providerId, '835')).toBe(true);
      expect(await payers.isEnrolled(context(admin), payerId, providerId, '835', '2026-02-01')).toBe(true);
      expect(await payers.isEnrolled(context(admin), payerId, providerId, '835', '2026-01-31')).toBe(false);
      expect(await payers.isEnrolled(context(admin), payerId, providerId, '837P', '2020-01-01')).toBe(true);
      expect(await payers.isEnrolled(context(admin), payerId, providerId, 'EFT')).toBe(false);
      expect(await payers.isEnrolled(context(admin), payerId, providerId, '270')).toBe(false);
      expect(await payers.isEnrolled(context(other), payerId, providerId, '835')).toBe(false);
      await expect(payers.isEnrolled(context(admin), payerId, providerId, '835', '2026-13-01')).rejects.toThrow('onDate: a calendar date, YYYY-MM-DD');
      await enroll(payerId, { providerId, transaction: '835', status: 'terminated', effectiveFrom: '2026-02-01' }).expect(200);
      expect(await payers.isEnrolled(context(admin), payerId, providerId, '835', '2026-03-01')).toBe(false);
    });
  });

  describe('payer-list import', () => {
    const first = [
      'payer_id,name,claim_filing_indicator,timely_filing_days,appeal_limit_days',
      '87726,UnitedHealthcare,CI,90,180',
      '"SX141","Ambetter, from ""Sunshine"" Health",HM,,',
      'MCDIL,Illinois Medicaid,MC,180,90',
    ].join('\r\n');

    it('adds the payers of a first import and counts them', async () => {
      const session = await signInAsNewAdmin(app);
      const summary = await importCsv(first, session).expect(200);
      expect(summary.body).toEqual({ total: 3, added: 3, changed: 0, unchanged: 0 });
      const listed = await session.agent.get(base(session)).query({ sort: 'payerId' }).expect(200);
      expect(listed.body.items.map((payer: { payerId: string; name: string; claimFilingIndicator: string; timelyFilingDays: number; appealLimitDays: number }) => [payer.payerId, payer.name, payer.claimFilingIndicator, payer.timelyFilingDays, payer.appealLimitDays])).toEqual([
        ['87726', 'UnitedHealthcare', 'CI', 90, 180],
        ['MCDIL', 'Illinois Medicaid', 'MC', 180, 90],
        ['SX141', 'Ambetter, from "Sunshine" Health', 'HM', 365, 120],
      ]);

      const again = await importCsv(first, session).expect(200);
      expect(again.body).toEqual({ total: 3, added: 0, changed: 0, unchanged: 3 });

      const second = ['Name,Payer_ID,Claim_Filing_Indicator,Timely_Filing_Days', 'UnitedHealthcare Community Plan,87726,CI,90', 'Illinois Medicaid,MCDIL,MC,180', 'Aetna,60054,ci,120', 'Ambetter from Sunshine Health,SX141,HM,365'].join('\n');
      const summary2 = await importCsv(second, session).expect(200);
      expect(summary2.body).toEqual({ total: 4, added: 1, changed: 2, unchanged: 1 });
      const after = await session.agent.get(base(session)).query({ sort: 'payerId' }).expect(200);
      expect(after.body.items.map((payer: { payerId: string; name: string; timelyFilingDays: number; appealLimitDays: number }) => [payer.payerId, payer.name, payer.timelyFilingDays, payer.appealLimitDays])).toEqual([
        ['60054', 'Aetna', 120, 120],
        ['87726', 'UnitedHealthcare Community Plan', 90, 180],
        ['MCDIL', 'Illinois Medicaid', 180, 90],
        ['SX141', 'Ambetter from Sunshine Health', 365, 120],
      ]);
    });

    it('writes nothing when a line is bad, naming the line and column', async () => {
      const session = await signInAsNewAdmin(app);
      await importCsv(first, session).expect(200);
      const bad = [
        'payer_id,name,claim_filing_indicator',
        '87726,Renamed United,CI',
        '60054,Aetna,CI',
        '62308,Cigna,CI',
        '61101,Humana,CI',
        '00621,Blue Cross,BL',
        '99999,Nowhere Health,XX',
      ].join('\n');
      const refused = await importCsv(bad, session).expect(400);
      expect(refused.body.errors).toEqual([{ field: 'line 7, claim_filing_indicator', message: expect.stringMatching(/^"XX" is not an SBR09 code/) }]);
      expect(refused.body.detail).toContain('line 7, claim_filing_indicator: "XX" is not an SBR09 code');
      const listed = await session.agent.get(base(session)).query({ sort: 'payerId' }).expect(200);
      expect(listed.body.total).toBe(3);
      expect(names(listed)).toEqual(['UnitedHealthcare', 'Illinois Medicaid', 'Ambetter, from "Sunshine" Health']);
    });

    it('refuses a bad file through the service method the same way, before writing anything', async () => {
      const session = await signInAsNewAdmin(app);
      const importer = app.get(PayerImporter);
      const tooLong = `payer_id,name,claim_filing_indicator\nAB,Fine,CI\nCD,${'x'.repeat(61)},CI\n`;
      await expect(importer.import(context(session), tooLong)).rejects.toThrow('line 3, name: at most 60 characters');
      const listed = await session.agent.get(base(session)).expect(200);
      expect(listed.body.total).toBe(0);
    });

    it('refuses an empty upload, and a file sent as JSON, with the body named', async () => {
      const refused = await importCsv('').expect(400);
      expect(refused.body.errors).toEqual([{ field: 'body', message: 'the file is empty' }]);
      const json = await admin.agent.post(`${base(admin)}/import`).set('x-csrf-token', admin.csrf).send({ csv: 'payer_id,name,claim_filing_indicator' }).expect(400);
      expect(json.body.errors).toEqual([{ field: 'body', message: 'send the file as text/csv (got application/json)' }]);
    });
  });
});
