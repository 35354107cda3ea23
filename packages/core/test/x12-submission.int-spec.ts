import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { INestApplication } from '@nestjs/common';
import { DatabaseControlNumberSequence } from '../src/x12/database-control-number.sequence';
import { signInAsNewAdmin } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

describe('X12 submission settings', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
  });

  afterAll(async () => {
    await app.close();
  });

  it('reserves unique control numbers per organization and kind, also when asked at once, and starts again after 999999999', async () => {
    const em = () => app.get(MikroORM).em.fork() as EntityManager;
    const organizationId = (await signInAsNewAdmin(app)).organizationId;
    const firsts = await Promise.all(Array.from({ length: 8 }, () => new DatabaseControlNumberSequence(em(), organizationId).next('interchange', 3)));
    expect([...firsts].sort((a, b) => a - b)).toEqual([1, 4, 7, 10, 13, 16, 19, 22]);
    expect(await new DatabaseControlNumberSequence(em(), organizationId).next('group')).toBe(1);
    const other = (await signInAsNewAdmin(app)).organizationId;
    expect(await new DatabaseControlNumberSequence(em(), other).next('interchange')).toBe(1);

    expect(await new DatabaseControlNumberSequence(em(), organizationId).next('transaction')).toBe(1);
    await em().getConnection().execute(`update x12_control_number set last_value = 999999998 where organization_id = ? and kind = 'transaction'`, [organizationId]);
    expect(await new DatabaseControlNumberSequence(em(), organizationId).next('transaction')).toBe(999_999_999);
    expect(await new DatabaseControlNumberSequence(em(), organizationId).next('transaction', 2)).toBe(1);
  });

  it('lets an administrator set the X12 submitter id, naming a bad one', async () => {
    const admin = await signInAsNewAdmin(app);
    const path = `/api/organizations/${admin.organizationId}`;
    const updated = await admin.agent.patch(path).set('x-csrf-token', admin.csrf).send({ x12SubmitterId: 'SUB123456' }).expect(200);
    expect(updated.body).toMatchObject({ x12SubmitterId: 'SUB123456', name: 'Test Clinic' });
    const bad = await admin.agent.patch(path).set('x-csrf-token', admin.csrf).send({ x12SubmitterId: 'SUB*1' }).expect(400);
    expect(bad.body.errors).toEqual([{ field: 'x12SubmitterId', message: 'letters, digits and spaces, at most 15 characters (it fills ISA06)' }]);
    const cleared = await admin.agent.patch(path).set('x-csrf-token', admin.csrf).send({ x12SubmitterId: null }).expect(200);
    expect(cleared.body.x12SubmitterId).toBeNull();
  });
});
