import type { INestApplication } from '@nestjs/common';
import { registerPatient } from './support/patient-records';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

describe('guarantors', () => {
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

  const path = (session: SignedInSession, patientId: string) => `/api/organizations/${session.organizationId}/patients/${patientId}/guarantor`;
  const address = { line1: '12 Elm St', city: 'Springfield', state: 'il', postalCode: '62701-1234' };

  it('keeps one current guarantor per patient, replaced by PUT', async () => {
    const patientId = await registerPatient(admin);
    await admin.agent.get(path(admin, patientId)).expect(404);
    const self = await admin.agent.put(path(admin, patientId)).set('x-csrf-token', admin.csrf).send({ relationship: 'self' }).expect(200);
    expect(self.body).toMatchObject({ patientId, relationship: 'self', firstName: null, address: null });

    const parent = await admin.agent
      .put(path(admin, patientId))
      .set('x-csrf-token', admin.csrf)
      .send({ relationship: 'parent', firstName: 'Rosa', lastName: 'Diaz', birthDate: '1960-03-04', address, phone: '(217) 555-0100', email: 'rosa@example.test' })
      .expect(200);
    expect(parent.body.id).toBe(self.body.id);
    const read = await admin.agent.get(path(admin, patientId)).expect(200);
    expect(read.body).toMatchObject({
      relationship: 'parent',
      firstName: 'Rosa',
      lastName: 'Diaz',
      address: { line1: '12 Elm St', city: 'Springfield', state: 'IL', postalCode: '627011234' },
      phone: '(217) 555-0100',
    });
  });

  it('names every missing or misplaced field', async () => {
    const patientId = await registerPatient(admin);
    const missing = await admin.agent.put(path(admin, patientId)).set('x-csrf-token', admin.csrf).send({ relationship: 'legal-guardian', firstName: 'Sam' }).expect(400);
    expect(missing.body.errors).toEqual([
      { field: 'lastName', message: "required when the guarantor is the patient's legal-guardian" },
      { field: 'address', message: "required when the guarantor is the patient's legal-guardian" },
    ]);
    const self = await admin.agent.put(path(admin, patientId)).set('x-csrf-token', admin.csrf).send({ relationship: 'self', lastName: 'X' }).expect(400);
    expect(self.body.errors).toEqual([{ field: 'lastName', message: 'must be left out when the patient is their own guarantor (self)' }]);
    const badAddress = await admin.agent
      .put(path(admin, patientId))
      .set('x-csrf-token', admin.csrf)
      .send({ relationship: 'spouse', firstName: 'A', lastName: 'B', address: { ...address, state: 'Illinois' } })
      .expect(400);
    expect(badAddress.body.errors.map((error: { field: string }) => error.field)).toEqual(['address.state']);
  });

  it('answers 404 to another organization', async () => {
    const patientId = await registerPatient(admin);
    await admin.agent.put(path(admin, patientId)).set('x-csrf-token', admin.csrf).send({ relationship: 'self' }).expect(200);
    await other.agent.get(path(other, patientId)).expect(404);
    await other.agent.put(path(other, patientId)).set('x-csrf-token', other.csrf).send({ relationship: 'self' }).expect(404);
  });
});
