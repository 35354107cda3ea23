import { createServer } from '@openrcm/core';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { ADMIN_APP_MISSING_HINT, serveAdminApp } from '../src/admin-app';
import { loadConfig, toCoreConfig } from '../src/config/load-config';
import { configDirectory } from './support/cli-harness';

async function serverWith(dist: string) {
  const loaded = await loadConfig(undefined, {}, configDirectory(`{ database: { dataDir: 'memory://' }, logLevel: 'silent' }`));
  const app = await createServer(toCoreConfig(loaded.config, false));
  const served = serveAdminApp(app, dist);
  await app.init();
  return { app, served };
}

function builtApp(): string {
  const dist = mkdtempSync(join(tmpdir(), 'admin-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>OpenRCM admin</title><script type="module" src="/admin/assets/app.js"></script>');
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log("app");');
  return dist;
}

describe('the admin app at /admin', () => {
  it('serves the built files, and index.html for the app routes', async () => {
    const { app, served } = await serverWith(builtApp());
    try {
      expect(served).toBe(true);
      const http = app.getHttpServer();
      const index = await request(http).get('/admin/').expect(200);
      expect(index.text).toContain('<title>OpenRCM admin</title>');
      expect(index.headers['content-security-policy']).toContain("script-src 'self'");
      const route = await request(http).get('/admin/workflows').expect(200);
      expect(route.text).toContain('<title>OpenRCM admin</title>');
      expect(route.headers['cache-control']).toBe('no-cache');
      const script = await request(http).get('/admin/assets/app.js').expect(200);
      expect(script.headers['content-type']).toMatch(/javascript/);
      await request(http).get('/admin/assets/gone.js').expect(404);
      await request(http).get('/api/organizations').expect(401);
    } finally {
      await app.close();
    }
  });

  it('answers 404 with a hint when the app is not built, and the API still works', async () => {
    const { app, served } = await serverWith(join(tmpdir(), 'no-such-admin-dist'));
    try {
      expect(served).toBe(false);
      const answer = await request(app.getHttpServer()).get('/admin/workflows').expect(404);
      expect(answer.text).toBe(ADMIN_APP_MISSING_HINT);
      await request(app.getHttpServer()).get('/health/live').expect(200);
    } finally {
      await app.close();
    }
  });
});
