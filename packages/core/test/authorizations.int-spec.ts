import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { INestApplication } from '@nestjs/common';
import { ConflictError } from '@openrcm/sdk';
import { runInAuditScope } from '../src/audit/audit-scope';
import { AuthorizationService } from '../src/authorizations/authorization.service';
import { currentEntityManager } from '../src/persistence/current-entity-manager';
import { createPayer, rawRows, registerPatient, userContext } from './support/patient-records';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

describe('authorizations', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  let other: SignedInSession;
  let payerId: string;

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    admin = await signInAsNewAdmin(app);
    other = await signInAsNewAdmin(app);
    payerId = await createPayer(app, admin.organizationId);
  });

  afterAll(async () => {
    await app.close();
  });

  const base = (session: SignedInSession, patientId: string) => `/api/organizations/${session.organizationId}/patients/${patientId}/authorizations`;
  const add = (patientId: string, body: object) => admin.agent.post(base(admin, patientId)).set('x-csrf-token', admin.csrf).send(body);
  const therapy = (overrides: object = {}) => ({
    number: 'AUTH-0001',
    payerRecordId: payerId,
    procedureCodes: ['97110', 'g0283'],
    unitsApproved: 10,
    startDate: '2026-01-01',
    endDate: '2026-03-31',
    ...overrides,
  });
  const service = () => app.get(AuthorizationService);
  const inScope = <T>(work: () => Promise<T>) => runInAuditScope(userContext(admin.organizationId), null, work);
  const context = () => userContext(admin.organizationId);

  it('consumes and releases to the unit, refusing past the approval with the units remaining named', async () => {
    const patientId = await registerPatient(admin);
    const created = await add(patientId, therapy()).expect(201);
    expect(created.body).toMatchObject({ procedureCodes: ['97110', 'G0283'], unitsApproved: 10, unitsUsed: 0, unitsRemaining: 10, status: 'active' });
    const authorizationId = created.body.id as string;

    await inScope(() => service().consume(context(), { authorizationId, units: 4, sourceType: 'charge', sourceId: 'charge-1' }));
    await inScope(() => service().consume(context(), { authorizationId, units: 6, sourceType: 'charge', sourceId: 'charge-2' }));
    await expect(inScope(() => service().consume(context(), { authorizationId, units: 1, sourceType: 'charge', sourceId: 'charge-3' }))).rejects.toThrow(
      new ConflictError('authorization AUTH-0001 has 0 of 10 units remaining; 1 requested'),
    );
    let shown = await admin.agent.get(`${base(admin, patientId)}/${authorizationId}`).expect(200);
    expect(shown.body).toMatchObject({ unitsUsed: 10, unitsRemaining: 0 });

    expect(await inScope(() => service().release(context(), { sourceType: 'charge', sourceId: 'charge-1' }))).toEqual([{ authorizationId, units: 4 }]);
    expect(await inScope(() => service().release(context(), { sourceType: 'charge', sourceId: 'charge-1' }))).toEqual([]);
    shown = await admin.agent.get(`${base(admin, patientId)}/${authorizationId}`).expect(200);
    expect(shown.body).toMatchObject({ unitsUsed: 6, unitsRemaining: 4 });
    await expect(inScope(() => service().consume(context(), { authorizationId, units: 5, sourceType: 'charge', sourceId: 'charge-3' }))).rejects.toThrow(
      'authorization AUTH-0001 has 4 of 10 units remaining; 5 requested',
    );
    await inScope(() => service().consume(context(), { authorizationId, units: 4, sourceType: 'charge', sourceId: 'charge-3' }));

    const usage = await rawRows<{ units: number; source_id: string }>(app, 'select units, source_id from authorization_usage where authorization_id = ? order by created_at', [authorizationId]);
    expect(usage.map((row) => [row.source_id, Number(row.units)])).toEqual([
      ['charge-1', 4],
      ['charge-2', 6],
      ['charge-1', -4],
      ['charge-3', 4],
    ]);
    await expect(rawRows(app, 'update authorization_usage set units = 0')).rejects.toThrow(/append-only/);
    await expect(rawRows(app, 'delete from authorization_usage')).rejects.toThrow(/append-only/);

    const list = await admin.agent.get(base(admin, patientId)).expect(200);
    expect(list.body.items.map((item: { unitsUsed: number; unitsRemaining: number }) => [item.unitsUsed, item.unitsRemaining])).toEqual([[10, 0]]);
  });

  it("works inside the caller's transaction, and rolls back with it", async () => {
    const patientId = await registerPatient(admin);
    const authorizationId = (await add(patientId, therapy({ number: 'AUTH-TX', unitsApproved: 3 })).expect(201)).body.id as string;
    const orm = app.get(MikroORM);
    await expect(
      inScope(() =>
        currentEntityManager(orm).transactional(async (em: EntityManager) => {
          await service().consume(context(), { authorizationId, units: 2, sourceType: 'charge', sourceId: 'tx-1' }, em);
          // The caller's transaction sees its own consumption.
          await expect(service().consume(context(), { authorizationId, units: 2, sourceType: 'charge', sourceId: 'tx-2' }, em)).rejects.toThrow('has 1 of 3 units remaining');
          throw new Error('the charge failed');
        }),
      ),
    ).rejects.toThrow('the charge failed');
    expect(await rawRows(app, 'select id from authorization_usage where authorization_id = ?', [authorizationId])).toEqual([]);

    await inScope(() =>
      currentEntityManager(orm).transactional(async (em: EntityManager) => {
        await service().consume(context(), { authorizationId, units: 3, sourceType: 'charge', sourceId: 'tx-3' }, em);
        expect(await service().release(context(), { sourceType: 'charge', sourceId: 'tx-3' }, em)).toEqual([{ authorizationId, units: 3 }]);
        await service().consume(context(), { authorizationId, units: 1, sourceType: 'charge', sourceId: 'tx-4' }, em);
      }),
    );
    const shown = await admin.agent.get(`${base(admin, patientId)}/${authorizationId}`).expect(200);
    expect(shown.body).toMatchObject({ unitsUsed: 1, unitsRemaining: 2 });
  });

  it('never overdraws under concurrent charges', async () => {
    const patientId = await registerPatient(admin);
    const authorizationId = (await add(patientId, therapy({ number: 'AUTH-RACE', unitsApproved: 10 })).expect(201)).body.id as string;
    const attempts = await Promise.allSettled(
      Array.from({ length: 6 }, (_, index) => inScope(() => service().consume(context(), { authorizationId, units: 3, sourceType: 'charge', sourceId: `race-${index}` }))),
    );
    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(3);
    const refusals = attempts.flatMap((attempt) => (attempt.status === 'rejected' ? [String(attempt.reason)] : []));
    expect(refusals).toEqual(Array.from({ length: 3 }, () => 'ConflictError: authorization AUTH-RACE has 1 of 10 units remaining; 3 requested'));
    const shown = await admin.agent.get(`${base(admin, patientId)}/${authorizationId}`).expect(200);
    expect(shown.body).toMatchObject({ unitsUsed: 9, unitsRemaining: 1 });
  });

  it('finds the authorization covering a code on a date of service', async () => {
    const patientId = await registerPatient(admin);
    const otherPayer = await createPayer(app, admin.organizationId, { name: 'Other' });
    const named = (await add(patientId, therapy({ number: 'NAMED', unitsApproved: 2 })).expect(201)).body.id as string;
    const anyCode = (await add(patientId, therapy({ number: 'ANY', procedureCodes: [], endDate: '2026-12-31' })).expect(201)).body.id as string;
    await add(patientId, therapy({ number: 'OTHER-PAYER', payerRecordId: otherPayer })).expect(201);
    const find = (procedureCode: string, dateOfService: string, payerRecordId = payerId) =>
      inScope(() => service().findCovering(context(), { patientId, payerRecordId, procedureCode, dateOfService }));

    expect(await find('97110', '2026-02-10')).toMatchObject({ id: named, unitsRemaining: 2 });
    expect(await find('99213', '2026-02-10')).toMatchObject({ id: anyCode, unitsRemaining: 10 });
    expect(await find('97110', '2026-05-01')).toMatchObject({ id: anyCode });
    expect(await find('97110', '2027-01-01')).toBeNull();
    await inScope(() => service().consume(context(), { authorizationId: named, units: 2, sourceType: 'charge', sourceId: 'c-9' }));
    expect(await find('97110', '2026-02-10')).toMatchObject({ id: anyCode });

    await admin.agent.patch(`${base(admin, patientId)}/${anyCode}`).set('x-csrf-token', admin.csrf).send({ status: 'cancelled' }).expect(200);
    expect(await find('99213', '2026-02-10')).toBeNull();
    await expect(inScope(() => service().consume(context(), { authorizationId: anyCode, units: 1, sourceType: 'charge', sourceId: 'c-10' }))).rejects.toThrow(
      'authorization ANY is cancelled',
    );
  });

  it('names bad fields and refuses approving fewer units than used', async () => {
    const patientId = await registerPatient(admin);
    const refused = await add(patientId, therapy({ procedureCodes: ['97110', '971'], endDate: '2025-01-01', coverageId: '00000000-0000-4000-8000-000000000000' })).expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'procedureCodes.1', message: '971 is not a CPT/HCPCS code (five letters or digits)' },
      { field: 'endDate', message: 'must be on or after 2026-01-01' },
      { field: 'coverageId', message: 'no coverage 00000000-0000-4000-8000-000000000000 of this patient' },
    ]);
    const zero = await add(patientId, therapy({ unitsApproved: 0 })).expect(400);
    expect(zero.body.errors.map((error: { field: string }) => error.field)).toEqual(['unitsApproved']);

    const authorizationId = (await add(patientId, therapy()).expect(201)).body.id as string;
    await inScope(() => service().consume(context(), { authorizationId, units: 5, sourceType: 'charge', sourceId: 'c-1' }));
    const lowered = await admin.agent.patch(`${base(admin, patientId)}/${authorizationId}`).set('x-csrf-token', admin.csrf).send({ unitsApproved: 4 }).expect(400);
    expect(lowered.body.errors).toEqual([{ field: 'unitsApproved', message: 'must be at least the 5 units already used' }]);
    const raised = await admin.agent.patch(`${base(admin, patientId)}/${authorizationId}`).set('x-csrf-token', admin.csrf).send({ unitsApproved: 12 }).expect(200);
    expect(raised.body).toMatchObject({ unitsApproved: 12, unitsUsed: 5, unitsRemaining: 7 });
  });

  it('answers 404 to another organization', async () => {
    const patientId = await registerPatient(admin);
    const authorizationId = (await add(patientId, therapy()).expect(201)).body.id as string;
    await other.agent.get(base(other, patientId)).expect(404);
    await other.agent.get(`${base(other, patientId)}/${authorizationId}`).expect(404);
    await other.agent.patch(`${base(other, patientId)}/${authorizationId}`).set('x-csrf-token', other.csrf).send({ status: 'cancelled' }).expect(404);
    const otherContext = userContext(other.organizationId);
    await expect(
      runInAuditScope(otherContext, null, () => service().consume(otherContext, { authorizationId, units: 1, sourceType: 'charge', sourceId: 'x' })),
    ).rejects.toThrow(`authorization ${authorizationId} was not found`);
  });
});
