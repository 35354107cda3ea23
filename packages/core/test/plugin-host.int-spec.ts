import type { INestApplication } from '@nestjs/common';
import { definePlugin, type PluginDefinition } from '@openrcm/sdk';
import request from 'supertest';
import { z } from 'zod';
import { PluginHost } from '../src/plugins/plugin-host.service';
import { eventually, startTestServer, testConfig } from './support/test-app';
import { signInAsNewAdmin } from './support/sign-in';

const settings = z.object({ endpoint: z.url(), retries: z.number().int().min(0).max(5).default(2) });

function fakePlugin(overrides: Partial<PluginDefinition> & Pick<PluginDefinition, 'id'>): PluginDefinition {
  return definePlugin({ version: '1.0.0', sdk: '^1', settings, register: () => undefined, ...overrides });
}

async function boot(plugins: Record<string, PluginDefinition>, installed: { module: string; settings?: unknown }[]): Promise<INestApplication> {
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
      'plugin "future" requires @openrcm/sdk "^2", but this server provides @openrcm/sdk 1.0.0',
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
});
