import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { systemContext } from '@openrcm/sdk';
import request from 'supertest';
import { currentTotp } from '../src/identity/totp';
import { UserService } from '../src/identity/user.service';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

describe('sign-in, sessions and API keys', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    admin = await signInAsNewAdmin(app);
    http = request(app.getHttpServer());
  });

  afterAll(async () => {
    await app.close();
  });

  async function sql(statement: string, parameters: unknown[] = []): Promise<void> {
    await app.get(MikroORM).em.fork().getConnection().execute(statement, parameters);
  }

  it('signs in with password and TOTP, and with a recovery code once', async () => {
    const agent = request.agent(app.getHttpServer());
    const first = await agent.post('/api/auth/sign-in').send({ email: admin.email, password: admin.password }).expect(200);
    expect(first.body.stage).toBe('mfa-required');
    expect(first.headers['set-cookie']?.[0]).toMatch(/^openrcm_session=[\w-]+; Path=\/; Expires=.*; HttpOnly; SameSite=Strict$/);
    await agent.get(`/api/organizations/${admin.organizationId}`).expect(403);
    await agent.post('/api/auth/mfa/verify').set('x-csrf-token', first.body.csrfToken).send({ code: '000000' }).expect(401);
    await agent.post('/api/auth/mfa/verify').set('x-csrf-token', first.body.csrfToken).send({ code: currentTotp(admin.totpSecret) }).expect(200);
    await agent.get(`/api/organizations/${admin.organizationId}`).expect(200);
    const rows: { totp_secret: string; password_hash: string }[] = await app.get(MikroORM).em.fork().getConnection()
      .execute('select totp_secret, password_hash from app_user where email = ?', [admin.email]);
    expect(rows[0]?.totp_secret).toMatch(/^enc:v1:/);
    expect(rows[0]?.totp_secret).not.toContain(admin.totpSecret);
    expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$/);

    const [recoveryCode] = admin.recoveryCodes;
    for (const expected of [200, 401]) {
      const other = request.agent(app.getHttpServer());
      const signedIn = await other.post('/api/auth/sign-in').send({ email: admin.email, password: admin.password }).expect(200);
      await other.post('/api/auth/mfa/verify').set('x-csrf-token', signedIn.body.csrfToken).send({ code: recoveryCode }).expect(expected);
    }
  });

  it('refuses writes without the CSRF token of the session', async () => {
    await admin.agent.post('/api/organizations').send({ name: 'No token' }).expect(403);
    await admin.agent.post('/api/organizations').set('x-csrf-token', 'forged').send({ name: 'Forged' }).expect(403);
  });

  it('ends a session left idle past the timeout', async () => {
    const session = await signInAsNewAdmin(app);
    await session.agent.get('/api/auth/session').expect(200);
    await sql(`update user_session set last_seen_at = now() - interval '16 minutes' where user_id = (select id from app_user where email = ?)`, [session.email]);
    const ended = await session.agent.get('/api/auth/session').expect(401);
    expect(ended.body.detail).toBe('sign in first (no session, or it ended)');
  });

  it('signs out', async () => {
    const session = await signInAsNewAdmin(app);
    await session.agent.post('/api/auth/sign-out').set('x-csrf-token', session.csrf).expect(204);
    await session.agent.get('/api/auth/session').expect(401);
  });

  it('locks the account after five wrong passwords, even for the right one', async () => {
    const { oneTimePassword } = await app.get(UserService).invite(systemContext(admin.organizationId, 'test'), {
      email: 'coder@clinic.test',
      displayName: 'Coder',
      roles: ['coder'],
    });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const wrong = await http.post('/api/auth/sign-in').send({ email: 'coder@clinic.test', password: 'not the password' }).expect(401);
      expect(wrong.body.detail).toBe('the e-mail address or password is wrong');
    }
    const locked = await http.post('/api/auth/sign-in').send({ email: 'coder@clinic.test', password: oneTimePassword }).expect(401);
    expect(locked.body.detail).toMatch(/locked/);
    await sql(`update app_user set locked_until = now() - interval '1 second' where email = 'coder@clinic.test'`);
    const unlocked = await http.post('/api/auth/sign-in').send({ email: 'coder@clinic.test', password: oneTimePassword }).expect(200);
    expect(unlocked.body.stage).toBe('password-change-required');
    await http.post('/api/auth/sign-in').send({ email: 'nobody@clinic.test', password: 'whatever it is' }).expect(401);
  });

  it('lets a non-admin role skip MFA but makes one-time passwords be changed first', async () => {
    const { oneTimePassword } = await app.get(UserService).invite(systemContext(admin.organizationId, 'test'), {
      email: 'biller@clinic.test',
      displayName: 'Biller',
      roles: ['biller'],
    });
    const agent = request.agent(app.getHttpServer());
    const signedIn = await agent.post('/api/auth/sign-in').send({ email: 'biller@clinic.test', password: oneTimePassword }).expect(200);
    await agent.get(`/api/organizations/${admin.organizationId}`).expect(403);
    const weak = await agent.post('/api/auth/password').set('x-csrf-token', signedIn.body.csrfToken).send({ currentPassword: oneTimePassword, newPassword: 'short' }).expect(400);
    expect(weak.body.errors).toEqual([{ field: 'newPassword', message: 'must be at least 12 characters' }]);
    const changed = await agent.post('/api/auth/password').set('x-csrf-token', signedIn.body.csrfToken).send({ currentPassword: oneTimePassword, newPassword: 'billing all day long' }).expect(200);
    expect(changed.body.stage).toBe('active');
    await agent.get(`/api/organizations/${admin.organizationId}`).expect(200);
  });

  it('accepts an API key for its organization and roles only, and not once revoked', async () => {
    const created = await admin.agent.post(`/api/organizations/${admin.organizationId}/api-keys`).set('x-csrf-token', admin.csrf).send({ name: 'Reporting', roles: ['manager'] }).expect(201);
    const secret = created.body.secret as string;
    expect(secret).toMatch(/^orcm_/);
    const listed = await admin.agent.get(`/api/organizations/${admin.organizationId}/api-keys`).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(secret);

    const bearer = { authorization: `Bearer ${secret}` };
    await http.get(`/api/organizations/${admin.organizationId}/jobs`).set(bearer).expect(200);
    await http.get(`/api/organizations/${admin.organizationId}/api-keys`).set(bearer).expect(403);
    const otherOrganization = await signInAsNewAdmin(app);
    await http.get(`/api/organizations/${otherOrganization.organizationId}/jobs`).set(bearer).expect(404);
    const used = await admin.agent.get(`/api/organizations/${admin.organizationId}/api-keys`).expect(200);
    expect(used.body.find((key: { id: string }) => key.id === created.body.id).lastUsedAt).not.toBeNull();

    await admin.agent.post(`/api/organizations/${admin.organizationId}/api-keys/${created.body.id}/revoke`).set('x-csrf-token', admin.csrf).expect(201);
    const revoked = await http.get(`/api/organizations/${admin.organizationId}/jobs`).set(bearer).expect(401);
    expect(revoked.body.detail).toBe('the API key is unknown or revoked');
    await admin.agent.post(`/api/organizations/${admin.organizationId}/api-keys`).set('x-csrf-token', admin.csrf).send({ name: 'Too strong', roles: ['admin'] }).expect(400);
  });

  it('limits sign-in attempts per client address', async () => {
    const limited = await startTestServer(await testConfig({ useRedis: false, auth: { signInRateLimitPerMinute: 3 } }));
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 4; attempt += 1) {
        statuses.push((await request(limited.getHttpServer()).post('/api/auth/sign-in').send({ email: 'x@clinic.test', password: 'whatever it is' })).status);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});
