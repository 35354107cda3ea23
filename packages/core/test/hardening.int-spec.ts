import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { defaultCoreConfig } from '../src/config/core-config';
import { signInAsNewAdmin } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

describe('HTTP hardening', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const config = await testConfig({ useRedis: false });
    app = await startTestServer({ ...config, http: { ...defaultCoreConfig().http, corsOrigins: ['https://admin.clinic.test'], bodyLimit: '2kb' } });
  });

  afterAll(async () => {
    await app.close();
  });

  it('sends security headers', async () => {
    const response = await request(app.getHttpServer()).get('/health/live').expect(200);
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringContaining('max-age='),
      'content-security-policy': expect.stringContaining("default-src 'self'"),
    });
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('allows CORS for configured origins only', async () => {
    const http = request(app.getHttpServer());
    const allowed = await http.options('/api/auth/session').set('Origin', 'https://admin.clinic.test').set('Access-Control-Request-Method', 'GET');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://admin.clinic.test');
    expect(allowed.headers['access-control-allow-credentials']).toBe('true');
    const refused = await http.options('/api/auth/session').set('Origin', 'https://evil.test').set('Access-Control-Request-Method', 'GET');
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses bodies over the limit with a problem document', async () => {
    const admin = await signInAsNewAdmin(app);
    const response = await admin.agent
      .post(`/api/organizations/${admin.organizationId}/patients`)
      .set('x-csrf-token', admin.csrf)
      .send({ firstName: 'x'.repeat(5000), lastName: 'y', birthDate: '1990-01-01', sex: 'F' })
      .expect(413);
    expect(response.body).toMatchObject({ status: 413, code: 'HTTP_413' });
    expect(JSON.stringify(response.body)).not.toMatch(/node_modules|\.ts:\d+/);
  });

  it('serves the API documentation under its content security policy', async () => {
    await request(app.getHttpServer()).get('/api/docs/').expect(200);
  });
});
