import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { systemContext } from '@openrcm/sdk';
import pino from 'pino';
import { PatientService } from '../src/patients/patient.service';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { eventually, startTestServer, testConfig } from './support/test-app';

/** Values that are PHI in this test: none may show up in logs, events or error answers. */
const PHI = { firstName: 'Zebulon', lastName: 'Quixotically', birthDate: '1961-07-04', ssn: '123-45-6789', ssnDigits: '123456789' };

describe('audit trail and PHI protection', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  const logLines: string[] = [];
  const errorBodies: string[] = [];

  beforeAll(async () => {
    const logger = pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) });
    app = await startTestServer(await testConfig({ useRedis: false }), { logger });
    admin = await signInAsNewAdmin(app);
  });

  afterAll(async () => {
    await app.close();
  });

  async function rows<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return app.get(MikroORM).em.fork().getConnection().execute(sql, parameters);
  }

  async function register(): Promise<string> {
    const response = await admin.agent
      .post(`/api/organizations/${admin.organizationId}/patients`)
      .set('x-csrf-token', admin.csrf)
      // The same person is registered by several tests: each has reviewed the possible duplicates.
      .send({ firstName: PHI.firstName, lastName: PHI.lastName, birthDate: PHI.birthDate, sex: 'M', ssn: PHI.ssn, duplicateReviewed: true })
      .expect(201);
    expect(response.body).toMatchObject({ firstName: PHI.firstName, ssnLast4: '6789' });
    expect(JSON.stringify(response.body)).not.toContain(PHI.ssnDigits);
    return response.body.id as string;
  }

  it('keeps the SSN out of the raw row and finds the patient by it', async () => {
    const patientId = await register();
    const [raw] = await rows<Record<string, unknown>>('select * from patient where id = ?', [patientId]);
    const text = JSON.stringify(raw);
    expect(text).not.toContain(PHI.ssnDigits);
    expect(text).not.toContain(PHI.ssn);
    expect(raw?.['ssn']).toMatch(/^enc:v1:/);
    const found = await admin.agent.post(`/api/organizations/${admin.organizationId}/patients/search`).set('x-csrf-token', admin.csrf).send({ ssn: '123 45 6789' }).expect(200);
    expect(found.body).toMatchObject({ total: 1, limit: 50, nextCursor: null });
    expect(found.body.items.map((patient: { id: string }) => patient.id)).toEqual([patientId]);
  });

  it('audits every write and read with the actor, address and correlation id, and lets a manager search it', async () => {
    const patientId = await register();
    await admin.agent.get(`/api/organizations/${admin.organizationId}/patients/${patientId}`).set('x-correlation-id', 'read-1').expect(200);
    const session = await admin.agent.get('/api/auth/session').expect(200);
    const trail = await admin.agent.get(`/api/organizations/${admin.organizationId}/audit-events?patientId=${patientId}`).expect(200);
    expect(trail.body).toMatchObject({ total: 2, limit: 50, nextCursor: null });
    expect(trail.body.items.map((event: { action: string }) => event.action)).toEqual(['read', 'create']);
    const read = trail.body.items.find((event: { action: string }) => event.action === 'read');
    expect(read).toMatchObject({ actorType: 'user', actorId: session.body.user.id, recordType: 'patient', recordId: patientId, patientId, correlationId: 'read-1' });
    expect(read.ip).toMatch(/127\.0\.0\.1/);
    const byActor = await admin.agent.get(`/api/organizations/${admin.organizationId}/audit-events?actorId=${session.body.user.id}`).expect(200);
    expect(byActor.body.total).toBeGreaterThanOrEqual(2);
  });

  it('pages the trail and narrows it to a time range', async () => {
    const patientId = await register();
    for (const attempt of ['a', 'b', 'c']) {
      await admin.agent.get(`/api/organizations/${admin.organizationId}/patients/${patientId}`).set('x-correlation-id', `page-${attempt}`).expect(200);
    }
    const trail = `/api/organizations/${admin.organizationId}/audit-events?patientId=${patientId}`;
    const all = (await admin.agent.get(trail).expect(200)).body;
    expect(all.total).toBe(4);
    const first = (await admin.agent.get(`${trail}&limit=3`).expect(200)).body;
    expect(first).toMatchObject({ total: 4, limit: 3, nextCursor: expect.any(String) });
    const second = (await admin.agent.get(`${trail}&limit=3&after=${encodeURIComponent(first.nextCursor)}`).expect(200)).body;
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((event: { id: string }) => event.id)).toEqual(all.items.map((event: { id: string }) => event.id));
    expect(second.items.map((event: { action: string }) => event.action)).toEqual(['create']);
    const oldestFirst = (await admin.agent.get(`${trail}&sort=at`).expect(200)).body;
    expect(oldestFirst.items[0].action).toBe('create');

    const created = new Date(second.items[0].at);
    const afterCreate = new Date(created.getTime() + 1).toISOString();
    const until = (await admin.agent.get(`${trail}&to=${encodeURIComponent(afterCreate)}`).expect(200)).body;
    expect(until.items.map((event: { action: string }) => event.action)).toEqual(['create']);
    const since = (await admin.agent.get(`${trail}&from=${encodeURIComponent(afterCreate)}`).expect(200)).body;
    expect(since.items.every((event: { action: string }) => event.action === 'read')).toBe(true);
    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await admin.agent.get(`${trail}&from=${encodeURIComponent(future)}`).expect(200)).body).toMatchObject({ total: 0, items: [] });
  });

  it('refuses a bad search by field', async () => {
    const base = `/api/organizations/${admin.organizationId}/audit-events`;
    const patient = await admin.agent.get(`${base}?patientId=lovelace`).expect(400);
    expect(patient.body.errors.map((error: { field: string }) => error.field)).toEqual(['patientId']);
    const backwards = await admin.agent.get(`${base}?from=2026-02-01T00:00:00.000Z&to=2026-01-01T00:00:00.000Z`).expect(400);
    expect(backwards.body.errors).toEqual([{ field: 'to', message: 'must be after from' }]);
    const sort = await admin.agent.get(`${base}?sort=actorId`).expect(400);
    expect(sort.body.errors).toEqual([{ field: 'sort', message: "'actorId' is not sortable; sort by at" }]);
  });

  it('refuses to change or delete audit rows, even in SQL', async () => {
    await expect(rows(`update audit_event set action = 'read'`)).rejects.toThrow(/append-only/);
    await expect(rows('delete from audit_event')).rejects.toThrow(/append-only/);
  });

  it('refuses to touch patient data outside a request or job', async () => {
    await expect(app.get(PatientService).register(systemContext(admin.organizationId, 'x'), { ...PHI, sex: 'F' })).rejects.toThrow(
      'patient data was touched outside an audit scope',
    );
  });

  it('keeps PHI out of logs, events and error answers', async () => {
    await register();
    const bad = await admin.agent
      .post(`/api/organizations/${admin.organizationId}/patients`)
      .set('x-csrf-token', admin.csrf)
      .send({ firstName: PHI.firstName, lastName: PHI.lastName, birthDate: `${PHI.birthDate}x`, sex: 'M', ssn: `${PHI.lastName}-6789` })
      .expect(400);
    errorBodies.push(JSON.stringify(bad.body));
    const badSearch = await admin.agent.post(`/api/organizations/${admin.organizationId}/patients/search`).set('x-csrf-token', admin.csrf).send({ ssn: `${PHI.ssnDigits}0` }).expect(400);
    errorBodies.push(JSON.stringify(badSearch.body));
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['birthDate']);
    expect(badSearch.body.errors).toEqual([{ field: 'ssn', message: 'must be nine digits (dashes and spaces allowed)' }]);

    const events = await eventually(async () => {
      const found = await rows<{ payload: unknown; published_at: unknown }>(`select payload, published_at from outbox_event where name = 'patient.registered'`);
      return found.length > 0 && found.every((event) => event.published_at) ? found : undefined;
    });
    const haystacks = { logs: logLines.join('\n'), events: JSON.stringify(events), errors: errorBodies.join('\n') };
    expect(haystacks.logs.length).toBeGreaterThan(1000);
    for (const [where, text] of Object.entries(haystacks)) {
      for (const value of Object.values(PHI)) {
        expect({ where, leaked: text.includes(value) ? value : null }).toEqual({ where, leaked: null });
      }
    }
  });
});
