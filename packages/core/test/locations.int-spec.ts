import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { systemContext } from '@openrcm/sdk';
import request from 'supertest';
import { ApiKeyService } from '../src/identity/api-key.service';
import { ReferenceCode } from '../src/reference/reference-code.entity';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

const riverside = {
  name: 'Riverside Family Medicine',
  npi: '1234567893',
  addressLine1: '1200 W Harrison St',
  addressLine2: 'Suite 300',
  city: 'Chicago',
  state: 'il',
  zip: '60607-1234',
  phone: '(312) 555-0142',
  placeOfServiceCode: '11',
};

describe('locations', () => {
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

  const base = (session: SignedInSession) => `/api/organizations/${session.organizationId}/locations`;
  const create = (body: object, session = admin) => session.agent.post(base(session)).set('x-csrf-token', session.csrf).send(body);
  const patch = (id: string, body: object, session = admin) => session.agent.patch(`${base(session)}/${id}`).set('x-csrf-token', session.csrf).send(body);

  it('registers a location with its address normalized, and shows whether the ZIP has its +4', async () => {
    const created = await create(riverside).expect(201);
    expect(created.body).toMatchObject({
      name: 'Riverside Family Medicine',
      npi: '1234567893',
      addressLine1: '1200 W Harrison St',
      addressLine2: 'Suite 300',
      city: 'Chicago',
      state: 'IL',
      zip: '606071234',
      zipPlus4: true,
      phone: '3125550142',
      placeOfServiceCode: '11',
      active: true,
    });
    const fetched = await admin.agent.get(`${base(admin)}/${created.body.id}`).expect(200);
    expect(fetched.body).toEqual(created.body);

    const annex = await create({ name: 'Riverside Annex', addressLine1: '45 S Wells St', city: 'Chicago', state: 'IL', zip: '60606', placeOfServiceCode: '22' }).expect(201);
    expect(annex.body).toMatchObject({ zip: '60606', zipPlus4: false, npi: null, addressLine2: null, phone: null });
  });

  it('names every bad field, and refuses a PO box as the street address', async () => {
    const refused = await create({ ...riverside, name: ' ', npi: '1234567890', addressLine1: 'P.O. Box 4410', state: 'XX', zip: '6060', phone: '555-0142', placeOfServiceCode: '1' }).expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'name', message: 'required' },
      { field: 'npi', message: '1234567890 is not a valid NPI (ten digits with a valid check digit)' },
      { field: 'addressLine1', message: 'a service location needs a street address; a PO box goes in the pay-to address' },
      { field: 'state', message: '"XX" is not a two-letter USPS state code' },
      { field: 'zip', message: 'a ZIP code: five digits, or nine (ZIP+4, a dash allowed)' },
      { field: 'phone', message: 'a ten-digit US phone number, e.g. (312) 555-0142' },
      { field: 'placeOfServiceCode', message: 'a two-digit place-of-service code, e.g. 11 (office)' },
    ]);
    const missing = await create({ name: 'No address' }).expect(400);
    expect(missing.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['addressLine1', 'city', 'placeOfServiceCode', 'state', 'zip']);
  });

  it('checks the place of service against the pos code set once one is loaded', async () => {
    await create({ ...riverside, name: 'Before pos', placeOfServiceCode: '98' }).expect(201);
    const em = app.get(MikroORM).em.fork();
    em.create(ReferenceCode, { codeSet: 'pos', code: '11', description: 'Office', effectiveFrom: '2025-01-01' });
    em.create(ReferenceCode, { codeSet: 'pos', code: '22', description: 'On Campus-Outpatient Hospital', effectiveFrom: '2025-01-01' });
    em.create(ReferenceCode, { codeSet: 'pos', code: '97', description: 'Retired', effectiveFrom: '2020-01-01', retiredOn: '2024-01-01' });
    await em.flush();
    for (const code of ['98', '97']) {
      const refused = await create({ ...riverside, name: 'After pos', placeOfServiceCode: code }).expect(400);
      expect(refused.body.errors).toEqual([{ field: 'placeOfServiceCode', message: `"${code}" is not a current place-of-service code` }]);
    }
    await create({ ...riverside, name: 'After pos', placeOfServiceCode: '22' }).expect(201);
  });

  it('changes only the fields given, validates the result, and clears optional fields with null', async () => {
    const created = await create({ ...riverside, name: 'To change' }).expect(201);
    const changed = await patch(created.body.id, { name: 'Changed', zip: '60607', phone: null, addressLine2: null }).expect(200);
    expect(changed.body).toMatchObject({ name: 'Changed', zip: '60607', zipPlus4: false, phone: null, addressLine2: null, city: 'Chicago', npi: '1234567893' });
    const refused = await patch(created.body.id, { addressLine1: 'PO Box 12', state: 'Illinois' }).expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'addressLine1', message: 'a service location needs a street address; a PO box goes in the pay-to address' },
      { field: 'state', message: '"ILLINOIS" is not a two-letter USPS state code' },
    ]);
    const unchanged = await admin.agent.get(`${base(admin)}/${created.body.id}`).expect(200);
    expect(unchanged.body).toMatchObject({ name: 'Changed', addressLine1: '1200 W Harrison St', state: 'IL' });
    const deactivated = await patch(created.body.id, { active: false }).expect(200);
    expect(deactivated.body.active).toBe(false);
  });

  it('lists with filters, sorting and paging', async () => {
    const all = await admin.agent.get(base(admin)).query({ sort: 'name' }).expect(200);
    expect(all.body.items.map((location: { name: string }) => location.name)).toEqual(['After pos', 'Before pos', 'Changed', 'Riverside Annex', 'Riverside Family Medicine']);
    expect(all.body).toMatchObject({ total: 5, limit: 50, nextCursor: null });
    const active = await admin.agent.get(base(admin)).query({ active: 'true', q: 'RIVERSIDE', sort: '-name' }).expect(200);
    expect(active.body.items.map((location: { name: string }) => location.name)).toEqual(['Riverside Family Medicine', 'Riverside Annex']);
    const inactive = await admin.agent.get(base(admin)).query({ active: 'false' }).expect(200);
    expect(inactive.body.items.map((location: { name: string }) => location.name)).toEqual(['Changed']);
    const first = await admin.agent.get(base(admin)).query({ sort: 'createdAt', limit: 1 }).expect(200);
    const page = await admin.agent.get(base(admin)).query({ sort: 'createdAt', limit: 2, after: first.body.nextCursor }).expect(200);
    expect(page.body).toMatchObject({ total: 5, limit: 2, nextCursor: expect.any(String) });
    expect(page.body.items.map((location: { name: string }) => location.name)).toEqual(['Riverside Annex', 'Before pos']);
    const badSort = await admin.agent.get(base(admin)).query({ sort: 'city' }).expect(400);
    expect(badSort.body.errors).toEqual([{ field: 'sort', message: "'city' is not sortable; sort by name, createdAt" }]);
  });

  it("keeps each organization's locations to itself", async () => {
    const mine = await create({ ...riverside, name: 'Mine' }).expect(201);
    await other.agent.get(`${base(other)}/${mine.body.id}`).expect(404);
    await patch(mine.body.id, { name: 'Taken' }, other).expect(404);
    const theirs = await other.agent.get(base(other)).expect(200);
    expect(theirs.body).toMatchObject({ items: [], total: 0 });
    await other.agent.get(base(admin)).expect(404);
  });

  it('lets every role read and only admins and managers write', async () => {
    const context = { ...systemContext(admin.organizationId, 'test'), actor: { type: 'user' as const, id: 'test' } };
    const { secret } = await app.get(ApiKeyService).create(context, 'front desk', ['front-desk']);
    const http = request(app.getHttpServer());
    const listed = await http.get(base(admin)).set('authorization', `Bearer ${secret}`).expect(200);
    expect(listed.body.total).toBe(6);
    await http.post(base(admin)).set('authorization', `Bearer ${secret}`).send(riverside).expect(403);
    await http.patch(`${base(admin)}/${listed.body.items[0].id}`).set('authorization', `Bearer ${secret}`).send({ name: 'x' }).expect(403);
  });
});
