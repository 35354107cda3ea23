import type { INestApplication } from '@nestjs/common';
import { systemContext } from '@openrcm/sdk';
import request from 'supertest';
import type { RoutePolicy } from '../src/auth/route-policy';
import { ApiKeyService } from '../src/identity/api-key.service';
import { UserService } from '../src/identity/user.service';
import { JobQueue } from '../src/jobs/job-queue.service';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

interface Operation {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  readonly path: string;
  readonly policy: RoutePolicy | undefined;
}

/** Every operation of the OpenAPI document, with the policy it publishes. */
async function operations(app: INestApplication): Promise<Operation[]> {
  const document = await request(app.getHttpServer()).get('/api/docs/openapi.json').expect(200);
  return Object.entries(document.body.paths as Record<string, Record<string, { 'x-openrcm-policy'?: RoutePolicy }>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ method: method as Operation['method'], path, policy: operation['x-openrcm-policy'] })),
  );
}

function fill(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '00000000-0000-4000-8000-000000000000');
}

describe('route policies and tenant isolation', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  let other: SignedInSession;
  let all: Operation[];
  const recordsOfOther: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    admin = await signInAsNewAdmin(app);
    other = await signInAsNewAdmin(app);
    all = await operations(app);
    const context = systemContext(other.organizationId, 'test');
    recordsOfOther['organizationId'] = other.organizationId;
    recordsOfOther['jobId'] = (await app.get(JobQueue).enqueue(context, 'not-registered', {}, { idempotencyKey: 'x', maxAttempts: 1 })).id;
    recordsOfOther['keyId'] = (await app.get(ApiKeyService).create({ ...context, actor: { type: 'user', id: 'test' } }, 'other key', ['biller'])).key.id;
    recordsOfOther['userId'] = (await app.get(UserService).list(context))[0]?.userId ?? '';
    recordsOfOther['pluginId'] = 'hello';
  });

  afterAll(async () => {
    await app.close();
  });

  it('has a declared policy on every route of the OpenAPI document', () => {
    expect(all.length).toBeGreaterThan(15);
    expect(all.filter((operation) => !operation.policy).map((operation) => `${operation.method.toUpperCase()} ${operation.path}`)).toEqual([]);
  });

  it('answers 401 to a request without credentials on every route that is not public', async () => {
    const http = request(app.getHttpServer());
    const refusedWrongly: string[] = [];
    for (const operation of all.filter((candidate) => candidate.policy?.kind !== 'public')) {
      const response = await http[operation.method](fill(operation.path, { organizationId: admin.organizationId }));
      if (response.status !== 401) refusedWrongly.push(`${operation.method.toUpperCase()} ${operation.path} -> ${response.status}`);
    }
    expect(refusedWrongly).toEqual([]);
  });

  it('answers 403 to a member whose roles are outside the policy', async () => {
    const { oneTimePassword } = await app.get(UserService).invite(systemContext(admin.organizationId, 'test'), {
      email: `front-desk-${Date.now()}@clinic.test`,
      displayName: 'Front Desk',
      roles: ['front-desk'],
    });
    expect(oneTimePassword).toBeDefined();
    const key = await app.get(ApiKeyService).create({ ...systemContext(admin.organizationId, 'test'), actor: { type: 'user', id: 'test' } }, 'front desk kiosk', ['front-desk']);
    const http = request(app.getHttpServer());
    const restricted = all.filter((operation) => operation.policy?.kind === 'roles' && !operation.policy.roles.includes('front-desk'));
    expect(restricted.length).toBeGreaterThan(5);
    const wrong: string[] = [];
    for (const operation of restricted) {
      const response = await http[operation.method](fill(operation.path, { organizationId: admin.organizationId, pluginId: 'hello' })).set('authorization', `Bearer ${key.secret}`);
      if (response.status !== 403) wrong.push(`${operation.method.toUpperCase()} ${operation.path} -> ${response.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it("never shows another organization's records: every organization route asked for them answers 404", async () => {
    const leaks: string[] = [];
    const scoped = all.filter((operation) => operation.path.includes('{organizationId}'));
    expect(scoped.length).toBeGreaterThan(10);
    for (const operation of scoped) {
      const asOtherOrganization = fill(operation.path, recordsOfOther);
      const withOtherRecords = fill(operation.path, { ...recordsOfOther, organizationId: admin.organizationId, pluginId: 'hello' });
      const paths = operation.path.match(/\{(jobId|keyId|userId)\}/) ? [asOtherOrganization, withOtherRecords] : [asOtherOrganization];
      for (const path of paths) {
        const response = await admin.agent[operation.method](path).set('x-csrf-token', admin.csrf).send({ roles: ['biller'] });
        if (response.status !== 404) leaks.push(`${operation.method.toUpperCase()} ${path} -> ${response.status}`);
        if (JSON.stringify(response.body).includes(other.email)) leaks.push(`${operation.method.toUpperCase()} ${path} showed the other organization's user`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
