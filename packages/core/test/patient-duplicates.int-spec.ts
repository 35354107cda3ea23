import type { INestApplication } from '@nestjs/common';
import { rawRows } from './support/patient-records';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

describe('patient possible-duplicate detection', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  let other: SignedInSession;

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    admin = await signInAsNewAdmin(app);
    other = await signInAsNewAdmin(app);
  });

  afterAll(async () => {
    await app.close();
  });

  const register = (session: SignedInSession, body: object) =>
    session.agent.post(`/api/organizations/${session.organizationId}/patients`).set('x-csrf-token', session.csrf).send(body);

  it('answers 409 with the candidates, then registers once the duplicate is reviewed', async () => {
    const first = await register(admin, { firstName: 'José', lastName: 'Peña-Ruiz', birthDate: '1980-02-03', sex: 'M', accountNumber: 'A-1001' }).expect(201);
    expect(first.body).toMatchObject({ firstName: 'José', lastName: 'Peña-Ruiz', accountNumber: 'A-1001' });

    const refused = await register(admin, { firstName: 'JOSE', lastName: 'pena ruiz', birthDate: '1980-02-03', sex: 'M' }).expect(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 409, code: 'CONFLICT' });
    expect(refused.body.candidates).toEqual([
      { id: first.body.id, firstName: 'José', lastName: 'Peña-Ruiz', birthDate: '1980-02-03', sex: 'M', accountNumber: 'A-1001' },
    ]);
    // The refusal showed the candidate: that read is in the audit trail.
    const reads = await rawRows<{ action: string }>(app, `select action from audit_event where record_id = ? and action = 'read'`, [first.body.id]);
    expect(reads.length).toBe(1);
    expect(await rawRows(app, 'select id from patient where organization_id = ?', [admin.organizationId])).toHaveLength(1);

    const accepted = await register(admin, { firstName: 'JOSE', lastName: 'pena ruiz', birthDate: '1980-02-03', sex: 'M', duplicateReviewed: true }).expect(201);
    const duplicates = await admin.agent.get(`/api/organizations/${admin.organizationId}/patients/${accepted.body.id}/possible-duplicates`).expect(200);
    expect(duplicates.body.map((patient: { id: string }) => patient.id)).toEqual([first.body.id]);
  });

  it('does not flag a different birth date, sex or first name, nor another organization', async () => {
    await register(admin, { firstName: 'Ann', lastName: 'Lee', birthDate: '1990-05-06', sex: 'F' }).expect(201);
    await register(admin, { firstName: 'Ann', lastName: 'Lee', birthDate: '1990-05-07', sex: 'F' }).expect(201);
    await register(admin, { firstName: 'Ann', lastName: 'Lee', birthDate: '1990-05-06', sex: 'U' }).expect(201);
    await register(admin, { firstName: 'Anne', lastName: 'Lee', birthDate: '1990-05-06', sex: 'F' }).expect(201);
    await register(other, { firstName: 'Ann', lastName: 'Lee', birthDate: '1990-05-06', sex: 'F' }).expect(201);
  });

  it('keeps another organization out of the duplicates endpoint', async () => {
    const patient = await register(admin, { firstName: 'Kai', lastName: 'Moss', birthDate: '2001-01-01', sex: 'M' }).expect(201);
    await other.agent.get(`/api/organizations/${other.organizationId}/patients/${patient.body.id}/possible-duplicates`).expect(404);
  });

  it('searches by the start of the last name in pages, narrowed by birth date, sorted as asked', async () => {
    for (const [firstName, birthDate] of [['Ann', '1970-01-01'], ['Ben', '1980-05-05'], ['Cy', '1990-09-09']] as const) {
      await register(admin, { firstName, lastName: 'Quartermaine', birthDate, sex: 'U' }).expect(201);
    }
    const search = (body: object) => admin.agent.post(`/api/organizations/${admin.organizationId}/patients/search`).set('x-csrf-token', admin.csrf).send(body).expect(200);
    const firstPage = await search({ lastName: 'quarter', limit: 2, sort: '-birthDate' });
    expect(firstPage.body).toMatchObject({ total: 3, limit: 2, nextCursor: expect.any(String) });
    expect(firstPage.body.items.map((patient: { firstName: string }) => patient.firstName)).toEqual(['Cy', 'Ben']);
    const secondPage = await search({ lastName: 'quarter', limit: 2, sort: '-birthDate', after: firstPage.body.nextCursor });
    expect(secondPage.body.nextCursor).toBeNull();
    expect(secondPage.body.items.map((patient: { firstName: string }) => patient.firstName)).toEqual(['Ann']);
    const narrowed = await search({ lastName: 'Quar', birthDate: '1980-05-05' });
    expect(narrowed.body).toMatchObject({ total: 1, items: [{ firstName: 'Ben' }] });
    const withAddress = await register(admin, { firstName: 'Dee', lastName: 'Quartermaine', birthDate: '1999-09-09', sex: 'F', address: { line1: '7 Oak Ave', city: 'Springfield', state: 'il', postalCode: '62703-1234' } }).expect(201);
    expect(withAddress.body.address).toEqual({ line1: '7 Oak Ave', city: 'Springfield', state: 'IL', postalCode: '627031234' });
    const otherOrganization = await other.agent.post(`/api/organizations/${other.organizationId}/patients/search`).set('x-csrf-token', other.csrf).send({ lastName: 'Quar' }).expect(200);
    expect(otherOrganization.body.total).toBe(0);
  });
});
