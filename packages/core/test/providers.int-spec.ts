import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

describe('providers', () => {
  let app: INestApplication;
  let admin: SignedInSession;

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    admin = await signInAsNewAdmin(app);
  });

  afterAll(async () => {
    await app.close();
  });

  const register = (body: object) => admin.agent.post(`/api/organizations/${admin.organizationId}/providers`).set('x-csrf-token', admin.csrf).send(body);

  it('registers a group and an individual, keeping the tax id encrypted', async () => {
    const group = await register({ kind: 'organization', name: 'Riverside Family Medicine', npi: '1234567893', taxonomy: '207Q00000X', taxId: '12-3456789' }).expect(201);
    expect(group.body).toMatchObject({ kind: 'organization', npi: '1234567893', taxonomy: '207Q00000X', taxIdLast4: '6789', firstName: null });
    const [raw] = await app.get(MikroORM).em.fork().getConnection().execute('select tax_id from provider where id = ?', [group.body.id]);
    expect(raw.tax_id).toMatch(/^enc:v1:/);
    expect(raw.tax_id).not.toContain('123456789');

    await register({ kind: 'individual', name: 'Okafor', firstName: 'Adaeze', npi: '1245319599' }).expect(201);
    const listed = await admin.agent.get(`/api/organizations/${admin.organizationId}/providers`).expect(200);
    expect(listed.body.items.map((provider: { name: string }) => provider.name)).toEqual(['Okafor', 'Riverside Family Medicine']);
    expect(listed.body).toMatchObject({ total: 2, limit: 50, nextCursor: null });
    const groups = await admin.agent.get(`/api/organizations/${admin.organizationId}/providers?kind=organization&sort=-npi`).expect(200);
    expect(groups.body.items.map((provider: { npi: string }) => provider.npi)).toEqual(['1234567893']);
    const first = await admin.agent.get(`/api/organizations/${admin.organizationId}/providers?limit=1&sort=-name`).expect(200);
    const second = await admin.agent.get(`/api/organizations/${admin.organizationId}/providers`).query({ limit: 1, sort: '-name', after: first.body.nextCursor }).expect(200);
    expect(second.body).toMatchObject({ total: 2, items: [{ name: 'Okafor' }] });
    const byNpi = await admin.agent.get(`/api/organizations/${admin.organizationId}/providers?q=12453`).expect(200);
    expect(byNpi.body.items.map((provider: { name: string }) => provider.name)).toEqual(['Okafor']);
    const badSort = await admin.agent.get(`/api/organizations/${admin.organizationId}/providers?sort=taxId`).expect(400);
    expect(badSort.body.errors).toEqual([{ field: 'sort', message: "'taxId' is not sortable; sort by name, npi, createdAt" }]);
  });

  it('names every bad identifier, and refuses a second provider with the same NPI', async () => {
    const refused = await register({ kind: 'individual', name: 'Doe', npi: '1234567890', taxonomy: '207Q0000', taxId: '12345' }).expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'npi', message: '1234567890 is not a valid NPI (ten digits with a valid check digit)' },
      { field: 'taxonomy', message: 'a ten-character NUCC taxonomy code ending in X, e.g. 207Q00000X' },
      { field: 'taxId', message: 'an employer identification number: nine digits (a dash allowed)' },
      { field: 'firstName', message: 'required for an individual provider' },
    ]);
    await register({ kind: 'organization', name: 'Again', npi: '1234567893' }).expect(409);
  });
});
