import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { Payer } from '../src/payers/payer.entity';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

const RVU_2026 = [
  '# synthetic PPRRVU rows for tests',
  'HCPCS,MOD,DESCRIPTION,STATUS CODE,NOT USED FOR MEDICARE PAYMENT,WORK RVU,NON-FAC PE RVU,NON-FAC NA INDICATOR,FACILITY PE RVU,FACILITY NA INDICATOR,MP RVU,PCTC IND,CONV FACTOR',
  'G0011,,"Hiv prep counsel, md 15-30m",A,,0.45,0.33,,0.25,,0.04,0,33.4009',
  'G0013,,Not valid,I,,0,0,,0,,0,9,33.4009',
].join('\r\n');
const GPCI_2026 = [
  'ADDENDUM E. FINAL CY 2026 GPCIs,,,,,,',
  'Medicare Administrative Contractor (MAC),State,Locality Number,Locality Name,2026 PW GPCI (with 1.0 Floor),2026 PE GPCI,2026 MP GPCI',
  '10112,AL,0,ALABAMA,1,0.869,0.575',
  '*footnote,,,,,,',
].join('\n');

describe('fee schedules', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  let other: SignedInSession;
  let payerId: string;
  let otherPayerId: string;

  const base = (session: SignedInSession) => `/api/organizations/${session.organizationId}`;
  const create = (body: object, session = admin) => session.agent.post(`${base(session)}/fee-schedules`).set('x-csrf-token', session.csrf).send(body);
  const importCsv = (id: string, csv: string, session = admin) =>
    session.agent.post(`${base(session)}/fee-schedules/${id}/entries/import`).set('x-csrf-token', session.csrf).set('content-type', 'text/csv').send(csv);
  const price = (query: Record<string, string>, session = admin) => session.agent.get(`${base(session)}/fee-schedules/price`).query(query);
  const sql = (query: string, params: unknown[] = []) => app.get(MikroORM).em.fork().getConnection().execute(query, params);

  async function createPayer(organizationId: string, name: string): Promise<string> {
    const em = app.get(MikroORM).em.fork();
    const payer = em.create(Payer, { organizationId, name, payerId: name.toUpperCase().slice(0, 5), claimFilingIndicator: 'CI' });
    await em.flush();
    return payer.id;
  }

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    admin = await signInAsNewAdmin(app);
    other = await signInAsNewAdmin(app);
    payerId = await createPayer(admin.organizationId, 'Acme Health');
    otherPayerId = await createPayer(admin.organizationId, 'Blue Plan');
  });

  afterAll(async () => {
    await app.close();
  });

  let standardId: string;

  it('imports entries from CSV straight to cents and reports what changed', async () => {
    const standard = await create({ name: 'Charge master 2026', effectiveFrom: '2026-01-01', kind: 'fixed' }).expect(201);
    standardId = standard.body.id;
    expect(standard.body).toMatchObject({ payerRecordId: null, effectiveTo: null, kind: 'fixed', percentBasisPoints: null, medicareLocality: null });

    const first = await importCsv(standardId, 'code,modifier,amount\r\n99213,,100.00\r\n99213,25,110.5\r\n99214,,150.99\r\n').expect(200);
    expect(first.body).toEqual({ total: 3, added: 3, changed: 0, removed: 0 });
    const again = await importCsv(standardId, 'code,modifier,amount\n99213,,100.00\n99213,25,110.50\n99215,,210.01\n').expect(200);
    expect(again.body).toEqual({ total: 3, added: 1, changed: 0, removed: 1 });
    const changed = await importCsv(standardId, 'code,modifier,amount\n99213,,100.00\n99213,25,110.50\n99215,,0.1\n99214,,150.99\n').expect(200);
    expect(changed.body).toEqual({ total: 4, added: 1, changed: 1, removed: 0 });

    const shown = await admin.agent.get(`${base(admin)}/fee-schedules/${standardId}`).query({ limit: 3 }).expect(200);
    expect(shown.body.entries).toEqual({
      items: [
        { code: '99213', modifier: null, amountCents: 10000 },
        { code: '99213', modifier: '25', amountCents: 11050 },
        { code: '99214', modifier: null, amountCents: 15099 },
      ],
      total: 4,
      limit: 3,
      nextCursor: expect.any(String),
    });
    const [raw] = await sql(`select amount_cents from fee_schedule_entry where fee_schedule_id = ? and code = '99215'`, [standardId]);
    expect(Number(raw.amount_cents)).toBe(10);
  });

  it('refuses a file with a bad line, naming line and column, and writes nothing', async () => {
    const before = await sql('select code, modifier, amount_cents from fee_schedule_entry where fee_schedule_id = ? order by code, modifier', [standardId]);
    const refused = await importCsv(standardId, 'code,modifier,amount\n99213,,1.00\n99214,,12.345\n99299,,5.00\n').expect(400);
    expect(refused.body.errors).toEqual([{ field: 'line 3, column 3 (amount)', message: '"12.345" has fractions of a cent' }]);
    const noHeader = await importCsv(standardId, '99213,,1.00\n').expect(400);
    expect(noHeader.body.errors).toEqual([{ field: 'line 1', message: 'expected the header code,modifier,amount' }]);
    await admin.agent.post(`${base(admin)}/fee-schedules/${standardId}/entries/import`).set('x-csrf-token', admin.csrf).send({ csv: 'x' }).expect(400);
    expect(await sql('select code, modifier, amount_cents from fee_schedule_entry where fee_schedule_id = ? order by code, modifier', [standardId])).toEqual(before);
  });

  it("prices from the payer's schedule, then the standard one; a modifier entry before the plain one; within the dates", async () => {
    const contract = await create({ name: 'Acme H1', payerRecordId: payerId, effectiveFrom: '2026-01-01', effectiveTo: '2026-06-30', kind: 'fixed' }).expect(201);
    await importCsv(contract.body.id, 'code,modifier,amount\n99213,,90.00\n99213,59,95.00\n').expect(200);

    const inContract = await price({ code: '99213', payerId, placeOfService: '11', dateOfService: '2026-03-01' }).expect(200);
    expect(inContract.body).toEqual({ amountCents: 9000, source: { feeScheduleId: contract.body.id, name: 'Acme H1', kind: 'fixed', payerRecordId: payerId, entryModifier: null } });
    expect((await price({ code: '99213', modifier: '59,25', payerId, placeOfService: '11', dateOfService: '2026-06-30' })).body).toMatchObject({ amountCents: 9500, source: { entryModifier: '59' } });
    expect((await price({ code: '99213', modifier: '25', payerId, placeOfService: '11', dateOfService: '2026-03-01' })).body).toMatchObject({ amountCents: 9000, source: { feeScheduleId: contract.body.id } });
    // A code the contract does not list, the day after it ends, and a payer without a schedule: the charge master.
    expect((await price({ code: '99214', payerId, placeOfService: '11', dateOfService: '2026-03-01' })).body).toMatchObject({ amountCents: 15099, source: { feeScheduleId: standardId } });
    expect((await price({ code: '99213', modifier: '25', payerId, placeOfService: '11', dateOfService: '2026-07-01' })).body).toMatchObject({ amountCents: 11050, source: { feeScheduleId: standardId, entryModifier: '25' } });
    expect((await price({ code: '99213', modifier: '59,25', payerId: otherPayerId, placeOfService: '11', dateOfService: '2026-03-01' })).body).toMatchObject({ amountCents: 10000, source: { entryModifier: null } });
    expect((await price({ code: '99213', placeOfService: '11', dateOfService: '2025-12-31' })).body).toEqual({ amountCents: null, source: null, reason: 'no fee schedule effective on 2025-12-31 prices 99213' });

    const overlapping = await create({ name: 'Acme H1 again', payerRecordId: payerId, effectiveFrom: '2026-06-30', kind: 'fixed' }).expect(409);
    expect(overlapping.body.detail).toContain('"Acme H1" (2026-01-01 to 2026-06-30) already covers these dates for this payer');
    await create({ name: 'Acme H2', payerRecordId: payerId, effectiveFrom: '2026-07-01', kind: 'fixed' }).expect(201);
    const patched = await admin.agent.patch(`${base(admin)}/fee-schedules/${contract.body.id}`).set('x-csrf-token', admin.csrf).send({ effectiveTo: '2026-05-31' }).expect(200);
    expect(patched.body.effectiveTo).toBe('2026-05-31');
    expect((await price({ code: '99213', payerId, placeOfService: '11', dateOfService: '2026-06-15' })).body).toMatchObject({ amountCents: 10000, source: { feeScheduleId: standardId } });
    const listed = await admin.agent.get(`${base(admin)}/fee-schedules`).query({ payerRecordId: payerId, sort: 'effectiveFrom' }).expect(200);
    expect(listed.body).toMatchObject({ total: 2, limit: 50, nextCursor: null });
    expect(listed.body.items.map((item: { name: string }) => item.name)).toEqual(['Acme H1', 'Acme H2']);
  });

  it('names every bad field of a schedule', async () => {
    const refused = await create({ name: 'Bad', effectiveFrom: '2026-02-01', effectiveTo: '2026-01-01', kind: 'percent-of-medicare', medicareLocality: { mac: '1x', locality: '000' } }).expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'effectiveTo', message: 'before effectiveFrom 2026-02-01' },
      { field: 'percentBasisPoints', message: 'required for percent-of-medicare: basis points from 1 to 100000 (12000 = 120 %)' },
      { field: 'medicareLocality.mac', message: '"1x" is not a MAC contractor number (up to five digits, e.g. 10112)' },
      { field: 'medicareLocality.locality', message: '"000" is not a locality number (one or two digits, e.g. 00)' },
    ]);
    const fixed = await create({ name: 'Bad', effectiveFrom: '2027-01-01', kind: 'fixed', percentBasisPoints: 100 }).expect(400);
    expect(fixed.body.errors).toEqual([{ field: 'percentBasisPoints', message: 'only for percent-of-medicare schedules' }]);
  });

  it('prices a percent-of-medicare schedule from the Medicare PFS, half-up to the cent, or says why not', async () => {
    const rvu = await admin.agent.post(`${base(admin)}/medicare-pfs/rvu`).query({ year: 2026 }).set('x-csrf-token', admin.csrf).set('content-type', 'text/csv').send(RVU_2026).expect(200);
    expect(rvu.body).toEqual({ kind: 'rvu', year: 2026, effectiveFrom: '2026-01-01', rows: 2, replaced: 0 });
    const gpci = await admin.agent.post(`${base(admin)}/medicare-pfs/gpci`).query({ year: 2026 }).set('x-csrf-token', admin.csrf).set('content-type', 'text/csv').send(GPCI_2026).expect(200);
    expect(gpci.body).toEqual({ kind: 'gpci', year: 2026, effectiveFrom: '2026-01-01', rows: 1, replaced: 0 });

    // Medicare, office (non-facility): (0.45 × 1) + (0.33 × 0.869) + (0.04 × 0.575) = 0.75977; × 33.4009 = 25.377001793 → 25.38
    const medicare = await admin.agent.get(`${base(admin)}/medicare-pfs/price`).query({ code: 'G0011', mac: '10112', locality: '0', placeOfService: '11', dateOfService: '2026-02-02' }).expect(200);
    expect(medicare.body).toMatchObject({ priced: true, allowedCents: 2538, exactAmount: '25.377001793', facility: false, conversionFactor: '33.4009' });
    expect(medicare.body.formula).toContain('= 0.75977 × 33.4009 = 25.377001793 → $25.38');
    // Qualifying APM participants, 2026: 0.75977 × 33.5675 = 25.503579475 → 25.50
    const apm = await admin.agent.get(`${base(admin)}/medicare-pfs/price`).query({ code: 'G0011', mac: '10112', locality: '00', placeOfService: '11', dateOfService: '2026-02-02', qualifyingApm: 'true' }).expect(200);
    expect(apm.body).toMatchObject({ priced: true, allowedCents: 2550, conversionFactor: '33.5675' });

    const percent = await create({ name: 'Blue 125% of Medicare', payerRecordId: otherPayerId, effectiveFrom: '2026-01-01', kind: 'percent-of-medicare', percentBasisPoints: 12500, medicareLocality: { mac: '10112', locality: '0' } }).expect(201);
    expect(percent.body.medicareLocality).toEqual({ mac: '10112', locality: '00' });
    const noEntries = await importCsv(percent.body.id, 'code,modifier,amount\n99213,,1.00\n').expect(409);
    expect(noEntries.body.detail).toBe('fee schedule Blue 125% of Medicare prices by percent of Medicare and has no entries to import');
    // 25.38 × 125 % = 31.725 → 31.73 (half-up)
    const priced = await price({ code: 'G0011', payerId: otherPayerId, placeOfService: '11', dateOfService: '2026-02-02' }).expect(200);
    expect(priced.body).toMatchObject({ amountCents: 3173, source: { feeScheduleId: percent.body.id, kind: 'percent-of-medicare', percentBasisPoints: 12500, medicare: { allowedCents: 2538 } } });
    expect(priced.body.source.formula).toBe('Medicare allowed $25.38 × 125 % = 31.725 → $31.73 (half-up to the cent)');
    // Facility (POS 22): (0.45 × 1) + (0.25 × 0.869) + (0.04 × 0.575) = 0.69025; × 33.4009 = 23.054971225 → 23.05; × 125 % = 28.8125 → 28.81
    expect((await price({ code: 'G0011', payerId: otherPayerId, placeOfService: '22', dateOfService: '2026-02-02' })).body).toMatchObject({ amountCents: 2881, source: { medicare: { allowedCents: 2305, facility: true } } });
    const refused = await price({ code: 'G0013', payerId: otherPayerId, placeOfService: '11', dateOfService: '2026-02-02' }).expect(200);
    expect(refused.body).toMatchObject({ amountCents: null, reason: expect.stringContaining('G0013 has PFS status I: not valid for Medicare purposes') });
  });

  it('keeps RVU and GPCI imports whole: a bad row refuses the file, naming line and column', async () => {
    const bad = RVU_2026.replace('0.33,,0.25', '0.33,,0.2x5');
    const refused = await admin.agent.post(`${base(admin)}/medicare-pfs/rvu`).query({ year: 2026 }).set('x-csrf-token', admin.csrf).set('content-type', 'text/csv').send(bad).expect(400);
    expect(refused.body.errors).toEqual([{ field: 'line 3, column 9 (FACILITY PE RVU)', message: '"0.2x5" is not a non-negative decimal number' }]);
    const wrongYear = await admin.agent.post(`${base(admin)}/medicare-pfs/gpci`).query({ year: 2025 }).set('x-csrf-token', admin.csrf).set('content-type', 'text/csv').send(GPCI_2026).expect(400);
    expect(wrongYear.body.errors).toEqual([{ field: 'year', message: 'the file holds 2026 GPCIs, not 2025' }]);
    const [count] = await sql('select count(*)::int as count from medicare_rvu');
    expect(count.count).toBe(2);
  });

  it('keeps each organization to its own schedules', async () => {
    await other.agent.get(`${base(other)}/fee-schedules/${standardId}`).expect(404);
    await other.agent.patch(`${base(other)}/fee-schedules/${standardId}`).set('x-csrf-token', other.csrf).send({ name: 'Mine now' }).expect(404);
    await importCsv(standardId, 'code,modifier,amount\n99213,,1.00\n', other).expect(404);
    // Another organization's routes are not there at all for a non-member.
    await other.agent.get(`${base(admin)}/fee-schedules`).expect(404);
    expect((await other.agent.get(`${base(other)}/fee-schedules`).expect(200)).body).toMatchObject({ items: [], total: 0 });
    expect((await price({ code: '99213', placeOfService: '11', dateOfService: '2026-03-01' }, other)).body).toMatchObject({ amountCents: null, source: null });
    const foreignPayer = await price({ code: '99213', payerId, placeOfService: '11', dateOfService: '2026-03-01' }, other).expect(400);
    expect(foreignPayer.body.errors).toEqual([{ field: 'payerRecordId', message: `no payer ${payerId} in this organization` }]);
    await create({ name: 'Theirs', payerRecordId: payerId, effectiveFrom: '2026-01-01', kind: 'fixed' }, other).expect(400);
    // The other organization's own standard schedule may cover the same dates as this one's.
    await create({ name: 'Their charge master', effectiveFrom: '2026-01-01', kind: 'fixed' }, other).expect(201);
  });
});
