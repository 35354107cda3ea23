import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { MikroORM } from '@mikro-orm/core';
import type { ClaimView } from '@openrcm/sdk';
import { PluginHost } from '../src/plugins/plugin-host.service';
import { eventually, startTestServer, testConfig } from './support/test-app';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';

const HELLO = '@openrcm/example-hello-plugin';

const claim = (totalChargeCents: number): ClaimView => ({
  claimId: 'c1',
  patientControlNumber: 'PCN1',
  payerId: 'P1',
  frequencyCode: '1',
  totalChargeCents,
  diagnosisCodes: [],
  lines: [],
});

describe('the core server', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let admin: SignedInSession;

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ plugins: { installed: [{ module: HELLO, settings: { prefix: 'hey' } }] } }));
    http = request(app.getHttpServer());
    admin = await signInAsNewAdmin(app);
  });

  afterAll(async () => {
    await app.close();
  });

  async function createOrganization(name = 'Riverside Family Medicine'): Promise<string> {
    const response = await admin.agent.post('/api/organizations').set('x-csrf-token', admin.csrf).send({ name, timeZone: 'America/Chicago' }).expect(201);
    return response.body.id as string;
  }

  it('answers the liveness and readiness probes', async () => {
    await http.get('/health/live').expect(200, { status: 'up' });
    const ready = await http.get('/health/ready').expect(200);
    expect(ready.body.checks.database).toEqual({ status: 'up' });
    if (process.env['REDIS_URL']) expect(ready.body.checks.redis).toEqual({ status: 'up' });
  });

  it('creates and lists organizations', async () => {
    const id = await createOrganization('Lakeside Clinic');
    const fetched = await admin.agent.get(`/api/organizations/${id}`).expect(200);
    expect(fetched.body).toMatchObject({ id, name: 'Lakeside Clinic', timeZone: 'America/Chicago' });
    const listed = await admin.agent.get('/api/organizations').expect(200);
    expect(listed.body.map((organization: { id: string }) => organization.id)).toContain(id);
  });

  it('answers bad input with a problem document naming the field', async () => {
    const missingName = await admin.agent.post('/api/organizations').set('x-csrf-token', admin.csrf).send({ timeZone: 'America/Chicago' }).expect(400);
    expect(missingName.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(missingName.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', instance: '/api/organizations' });
    expect(missingName.body.errors[0].field).toBe('name');
    const badZone = await admin.agent.post('/api/organizations').set('x-csrf-token', admin.csrf).send({ name: 'X', timeZone: 'Mars/Olympus' }).expect(400);
    expect(badZone.body.errors).toEqual([{ field: 'timeZone', message: expect.stringContaining('IANA') }]);
    const unknown = await admin.agent.get('/api/organizations/4f1c7f3e-9a43-4a4e-8f57-0d1f0a2b3c4d').expect(404);
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND', detail: 'organization 4f1c7f3e-9a43-4a4e-8f57-0d1f0a2b3c4d was not found' });
    expect(JSON.stringify(unknown.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('echoes a well-formed correlation id', async () => {
    const response = await http.get('/health/live').set('X-Correlation-Id', 'abc-123').expect(200);
    expect(response.headers['x-correlation-id']).toBe('abc-123');
  });

  it('lists plugins with their settings, schema and contributions', async () => {
    const organizationId = await createOrganization();
    const response = await admin.agent.get(`/api/organizations/${organizationId}/plugins`).expect(200);
    expect(response.body).toHaveLength(1);
    expect(response.body[0]).toMatchObject({
      id: 'hello',
      version: '1.0.0',
      health: { healthy: true },
      settings: { prefix: 'hey', minimumChargeCents: 100 },
      settingsVersion: 0,
      contributions: { 'scrub-rule': 1 },
    });
    expect(response.body[0].settingsSchema.properties.minimumChargeCents.type).toBe('integer');
  });

  it('validates saved settings and applies them without a restart', async () => {
    const organizationId = await createOrganization();
    const host = app.get(PluginHost);
    const rule = () => host.contributions(organizationId, 'scrub-rule')[0];
    expect(await rule()?.inspect({} as never, claim(150))).toEqual([]);

    const refused = await admin.agent.put(`/api/organizations/${organizationId}/plugins/hello/settings`).set('x-csrf-token', admin.csrf).send({ minimumChargeCents: 'lots' }).expect(400);
    expect(refused.body.errors[0].field).toBe('plugins.hello.settings.minimumChargeCents');

    const saved = await admin.agent.put(`/api/organizations/${organizationId}/plugins/hello/settings`).set('x-csrf-token', admin.csrf).send({ prefix: 'note', minimumChargeCents: 500 }).expect(200);
    expect(saved.body).toMatchObject({ version: 1, settings: { prefix: 'note', minimumChargeCents: 500 } });
    expect(await rule()?.inspect({} as never, claim(150))).toEqual([
      { severity: 'warning', field: 'CLM02', message: 'note: total charge is below the minimum' },
    ]);
    await admin.agent.put(`/api/organizations/${organizationId}/plugins/nope/settings`).set('x-csrf-token', admin.csrf).send({}).expect(404);
  });

  it("relays organization.created to the plugin, whose job runs once and updates the plugin's state", async () => {
    const organizationId = await createOrganization();
    const orm = app.get(MikroORM);
    const seen = await eventually(async () => {
      const rows: { value: unknown }[] = await orm.em
        .fork()
        .getConnection()
        .execute(`select value from plugin_state where organization_id = ? and plugin_id = 'hello' and key = 'organizations-seen'`, [organizationId]);
      return rows[0]?.value;
    });
    expect(Number(seen)).toBe(1);
    const jobs = await admin.agent.get(`/api/organizations/${organizationId}/jobs?status=completed`).expect(200);
    expect(jobs.body.items).toEqual([expect.objectContaining({ name: 'plugin:hello:count-organization', status: 'completed', attempts: 1 })]);
  });

  it('serves the OpenAPI document', async () => {
    const document = await http.get('/api/docs/openapi.json').expect(200);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining(['/api/organizations', '/api/organizations/{organizationId}/plugins', '/api/organizations/{organizationId}/jobs']),
    );
    expect(document.body.components.schemas.CreateOrganizationDto.required).toEqual(['name']);
  });
});
