import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

/** The gate change log: who changed a check's policy and owner or the stop-the-line window, when, from what to what. */
describe('gate change history', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  let base: string;
  let adminUserId: string;

  const rows = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => app.get(MikroORM).em.fork().getConnection().execute(sql, parameters);
  const setPolicy = (check: string, body: object) => admin.agent.put(`${base}/gates/${check}`).set('x-csrf-token', admin.csrf).send(body).expect(200);
  const setWindow = (defectWindowDays: number) => admin.agent.put(`${base}/gate-settings`).set('x-csrf-token', admin.csrf).send({ defectWindowDays }).expect(200);
  const history = (query: Record<string, string> = {}) => admin.agent.get(`${base}/gates/history`).query(query).expect(200);

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    admin = await signInAsNewAdmin(app);
    base = `/api/organizations/${admin.organizationId}`;
    [{ user_id: adminUserId }] = (await rows<{ user_id: string }>('select user_id from membership where organization_id = ?', [admin.organizationId])) as [{ user_id: string }];
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('records each change with its actor, time, previous and new value, newest first; a save that changes nothing records nothing', async () => {
    const before = Date.now();
    await setPolicy('registration-complete', { policy: 'exception', ownerRole: 'biller' });
    await setPolicy('registration-complete', { policy: 'off' });
    await setPolicy('registration-complete', { policy: 'off' });
    await setWindow(14);
    await setWindow(14);

    const { body } = await history();
    expect(body).toMatchObject({ total: 3, limit: 50 });
    const actor = { type: 'user', id: adminUserId, name: 'Test Admin', email: admin.email };
    expect(body.items.map(({ id: _id, at: _at, ...change }: Record<string, unknown>) => change)).toEqual([
      { actor, subject: 'settings', check: null, previous: { defectWindowDays: 30 }, next: { defectWindowDays: 14 } },
      { actor, subject: 'check', check: 'registration-complete', previous: { policy: 'exception', ownerRole: 'biller', ownerUserId: null }, next: { policy: 'off', ownerRole: 'manager', ownerUserId: null } },
      { actor, subject: 'check', check: 'registration-complete', previous: { policy: 'enforce', ownerRole: 'manager', ownerUserId: null }, next: { policy: 'exception', ownerRole: 'biller', ownerUserId: null } },
    ]);
    for (const change of body.items) expect(Date.parse(change.at)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(body.items[0].at)).toBeGreaterThanOrEqual(Date.parse(body.items[2].at));
  });

  it('filters by check and subject, pages, sorts oldest first on request, and refuses an unknown sort', async () => {
    await setPolicy('charges-captured', { policy: 'exception' });
    const charges = await history({ check: 'charges-captured' });
    expect(charges.body.items.map((change: { check: string }) => change.check)).toEqual(['charges-captured']);
    const settings = await history({ subject: 'settings' });
    expect(settings.body.items.every((change: { subject: string }) => change.subject === 'settings')).toBe(true);
    expect(settings.body.total).toBe(1);
    const oldest = await history({ sort: 'at', limit: '1' });
    expect(oldest.body).toMatchObject({ total: 4, limit: 1, items: [{ check: 'registration-complete', next: { policy: 'exception' } }] });
    const bad = await admin.agent.get(`${base}/gates/history`).query({ sort: 'actor' }).expect(400);
    expect(bad.body.errors).toEqual([{ field: 'sort', message: "'actor' is not sortable; sort by at" }]);
    const badSubject = await admin.agent.get(`${base}/gates/history`).query({ subject: 'everything' }).expect(400);
    expect(badSubject.body.errors[0].field).toBe('subject');
  });

  it('keeps the log append-only and out of reach of other organizations', async () => {
    await expect(rows('update gate_change set actor_id = ? where organization_id = ?', ['someone', admin.organizationId])).rejects.toThrow(/append-only/);
    await expect(rows('delete from gate_change where organization_id = ?', [admin.organizationId])).rejects.toThrow(/append-only/);
    const other = await signInAsNewAdmin(app);
    expect((await other.agent.get(`/api/organizations/${other.organizationId}/gates/history`).expect(200)).body.total).toBe(0);
    await other.agent.get(`${base}/gates/history`).expect(404);
  });
});
