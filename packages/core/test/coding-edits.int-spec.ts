import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { systemContext } from '@openrcm/sdk';
import request from 'supertest';
import { CodingEditsImporter } from '../src/coding-edits/coding-edits.importer';
import { CodingEditsService } from '../src/coding-edits/coding-edits.service';
import { ApiKeyService } from '../src/identity/api-key.service';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

// Synthetic tables in the CMS layouts, written for this test: made-up code pairs and values, not CMS data.
const PTP_HEADER = [
  'Synthetic NCCI PTP table for tests; not CMS data.',
  'Column1/Column2 Edits',
  'Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date\tModifier\tPTP Edit Rationale',
  '\t\t\t\t*=no data\t0=not allowed\t',
  '\t\t\t\t\t1=allowed\t',
  '\t\t\t\t\t9=not applicable\t',
];
const ptpTable = (...rows: string[]) => [...PTP_HEADER, ...rows].join('\r\n') + '\r\n';
const MUE_HEADER = ['"Synthetic MUE table for tests.\nNot CMS data.",,,', '"HCPCS/\nCPT Code","Practitioner Services MUE Values","MUE Adjudication Indicator","MUE Rationale"'];
const mueTable = (...rows: string[]) => [...MUE_HEADER, ...rows].join('\r\n') + '\r\n';

const Q1_PART1 = ptpTable(
  '11111\t22222\t*\t19960101\t*\t1\tStandards of medical / surgical practice',
  '11111\t33333\t\t20250101\t*\t0\tMutually exclusive procedures',
  '44444\t55555\t\t20250101\t20251001\t1\tMisuse of column two code with column one code',
);
const Q1_PART2 = ptpTable('66666\t77777\t\t20250101\t*\t9\tDeleted retroactively', '70000\t11111\t\t20250101\t*\t1\tStandards of medical / surgical practice');
const Q2_PART1 = ptpTable(
  '11111\t22222\t*\t19960101\t*\t1\tStandards of medical / surgical practice',
  '11111\t88888\t\t20260401\t*\t0\tMutually exclusive procedures',
  '44444\t55555\t\t20250101\t20251001\t1\tMisuse of column two code with column one code',
);

describe('NCCI PTP edits and MUEs', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  let billerKey: string;
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => app.get(MikroORM).em.fork().getConnection().execute<T[]>(query, params);
  const base = () => `/api/organizations/${admin.organizationId}/coding-edits`;
  const upload = (table: 'ptp' | 'mue', effectiveDate: string, body: string, type = 'text/plain') =>
    admin.agent.post(`${base()}/${table}?effectiveDate=${effectiveDate}&fileName=${table}-${effectiveDate}.txt`).set('x-csrf-token', admin.csrf).set('content-type', type).send(body);
  const check = (lines: object[]) => admin.agent.post(`${base()}/check`).set('x-csrf-token', admin.csrf).send({ lines }).expect(200);
  const line = (lineNumber: number, procedureCode: string, dateOfService: string, modifiers: string[] = [], units = 1) => ({ lineNumber, procedureCode, dateOfService, modifiers, units });

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    admin = await signInAsNewAdmin(app);
    const context = { ...systemContext(admin.organizationId, 'test'), actor: { type: 'user' as const, id: 'test' } };
    billerKey = (await app.get(ApiKeyService).create(context, 'biller', ['biller'])).secret;
  });

  afterAll(async () => {
    await app.close();
  });

  it('imports the parts of a PTP quarter and finds conflicts on the same date of service, bypassed or not', async () => {
    expect((await upload('ptp', '2026-01-01', Q1_PART1).expect(200)).body).toMatchObject({ kind: 'ptp', effectiveDate: '2026-01-01', total: 3, added: 3, changed: 0, retired: 0 });
    expect((await upload('ptp', '2026-01-01', Q1_PART2, 'text/csv').expect(200)).body).toMatchObject({ total: 2, added: 2, changed: 0, retired: 0 });
    expect(await sql('select column1, column2, prior_to_1996, effective_date, deletion_date, modifier_indicator from ncci_ptp_edit order by column1, column2')).toEqual([
      { column1: '11111', column2: '22222', prior_to_1996: true, effective_date: '1996-01-01', deletion_date: null, modifier_indicator: '1' },
      { column1: '11111', column2: '33333', prior_to_1996: false, effective_date: '2025-01-01', deletion_date: null, modifier_indicator: '0' },
      { column1: '44444', column2: '55555', prior_to_1996: false, effective_date: '2025-01-01', deletion_date: '2025-10-01', modifier_indicator: '1' },
      { column1: '66666', column2: '77777', prior_to_1996: false, effective_date: '2025-01-01', deletion_date: null, modifier_indicator: '9' },
      { column1: '70000', column2: '11111', prior_to_1996: false, effective_date: '2025-01-01', deletion_date: null, modifier_indicator: '1' },
    ]);
    // The same part again changes nothing.
    expect((await upload('ptp', '2026-01-01', Q1_PART1).expect(200)).body).toMatchObject({ total: 3, added: 0, changed: 0, retired: 0 });

    const day = '2026-02-02';
    const result = await check([line(1, '11111', day), line(2, '22222', day, ['59']), line(3, '33333', day, ['XS']), line(4, '44444', day), line(5, '55555', day), line(6, '66666', day), line(7, '77777', day), line(8, '22222', '2026-02-03')]);
    expect(result.body.ptpConflicts).toEqual([
      expect.objectContaining({ column1Line: 1, column2Line: 2, column1: '11111', column2: '22222', modifierIndicator: '1', bypassedByModifier: true }),
      expect.objectContaining({ column1Line: 1, column2Line: 3, column1: '11111', column2: '33333', modifierIndicator: '0', bypassedByModifier: false, message: expect.stringContaining('no modifier allows both to be paid') }),
    ]);
    // The 44444/55555 edit applied before its deletion date.
    expect((await check([line(1, '44444', '2025-09-30'), line(2, '55555', '2025-09-30')])).body.ptpConflicts).toEqual([expect.objectContaining({ modifierIndicator: '1', bypassedByModifier: false })]);
  });

  it('a newer quarter retires the edits its part no longer carries, keeps them for earlier dates, and leaves other parts alone', async () => {
    expect((await upload('ptp', '2026-04-01', Q2_PART1).expect(200)).body).toMatchObject({ effectiveDate: '2026-04-01', total: 3, added: 1, changed: 0, retired: 1 });
    expect(await sql(`select column1, column2, deletion_date from ncci_ptp_edit where deletion_date is not null or column2 = '88888' order by column1, column2`)).toEqual([
      { column1: '11111', column2: '33333', deletion_date: '2026-04-01' },
      { column1: '11111', column2: '88888', deletion_date: null },
      { column1: '44444', column2: '55555', deletion_date: '2025-10-01' },
    ]);
    const pairs = (day: string) => check([line(1, '11111', day), line(2, '33333', day), line(3, '88888', day), line(4, '70000', day)]);
    expect((await pairs('2026-03-31')).body.ptpConflicts.map((c: { column1: string; column2: string }) => `${c.column1}/${c.column2}`)).toEqual(['70000/11111', '11111/33333']);
    expect((await pairs('2026-04-01')).body.ptpConflicts.map((c: { column1: string; column2: string }) => `${c.column1}/${c.column2}`)).toEqual(['70000/11111', '11111/88888']);
    // An older quarter is refused once a newer one is in.
    const refused = await upload('ptp', '2026-01-01', Q1_PART1).expect(409);
    expect(refused.body.detail).toContain('a newer NCCI PTP table (effective 2026-04-01) is already imported');
  });

  it('refuses a bad PTP file naming line and column, and writes nothing', async () => {
    const before = await sql('select count(*)::int as n from ncci_ptp_edit');
    const refused = await upload('ptp', '2026-04-01', ptpTable('11111\t22222\t*\t19960101\t*\t1\tok', '11111\t9999\t\t20260401\t*\t1\tx', '11111\t99999\t\t2026-13-01\t*\t3\tx')).expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'line 8, column 2 (Column 2)', message: 'expected a five-character HCPCS/CPT code, found "9999"' },
      { field: 'line 9, column 4 (Effective Date)', message: 'expected a date, YYYYMMDD, found "2026-13-01"' },
      { field: 'line 9, column 6 (Modifier)', message: 'expected a modifier indicator 0, 1 or 9, found "3"' },
    ]);
    expect(await sql('select count(*)::int as n from ncci_ptp_edit')).toEqual(before);
    const wrongType = await admin.agent.post(`${base()}/ptp?effectiveDate=2026-04-01`).set('x-csrf-token', admin.csrf).send({ not: 'a file' }).expect(400);
    expect(wrongType.body.errors).toEqual([{ field: 'body', message: 'send the file as text/csv (got application/json)' }]);
    const noDate = await upload('ptp', '2026-4-1', Q2_PART1).expect(400);
    expect(noDate.body.errors.map((error: { field: string }) => error.field)).toEqual(['effectiveDate']);
  });

  it('imports MUE quarters, sums units per date of service for MAI 2 and 3, and keeps the history of changed values', async () => {
    const q1 = mueTable('11111,1,"2 Date of Service Edit: Policy","Code Descriptor / CPT Instruction"', '22222,2,"1 Line Edit","Anatomic Consideration"', '33333,3,"3 Date of Service Edit: Clinical","Clinical: Data"', '99999,1,"3 Date of Service Edit: Clinical","Clinical: Data"');
    expect((await upload('mue', '2026-01-01', q1, 'text/csv').expect(200)).body).toMatchObject({ kind: 'mue', total: 4, added: 4, changed: 0, retired: 0 });
    const day = '2026-02-02';
    const result = await check([line(1, '11111', day), line(2, '11111', day), line(3, '22222', day, [], 2), line(4, '22222', day, ['59'], 2), line(5, '22222', day, [], 3), line(6, '33333', day, [], 2), line(7, '33333', '2026-02-03', [], 2)]);
    expect(result.body.mueViolations).toEqual([
      { procedureCode: '11111', dateOfService: day, lineNumbers: [1, 2], units: 2, mue: 1, indicator: 2, message: expect.stringContaining('no modifier or appeal allows more') },
      { procedureCode: '22222', dateOfService: day, lineNumbers: [5], units: 3, mue: 2, indicator: 1, message: expect.stringContaining('on one line') },
    ]);

    const q2 = mueTable('11111,1,"2 Date of Service Edit: Policy","Code Descriptor / CPT Instruction"', '22222,2,"1 Line Edit","Anatomic Consideration"', '33333,4,"3 Date of Service Edit: Clinical","Clinical: Data"', '12345,1,"2 Date of Service Edit: Policy","Nature of Service/Procedure"');
    expect((await upload('mue', '2026-04-01', q2, 'text/csv').expect(200)).body).toMatchObject({ total: 4, added: 1, changed: 1, retired: 1 });
    expect(await sql(`select code, units, effective_from, retired_on from mue_edit where code in ('33333', '99999', '12345') order by code, effective_from`)).toEqual([
      { code: '12345', units: 1, effective_from: '2026-04-01', retired_on: null },
      { code: '33333', units: 3, effective_from: '2026-01-01', retired_on: '2026-04-01' },
      { code: '33333', units: 4, effective_from: '2026-04-01', retired_on: null },
      { code: '99999', units: 1, effective_from: '2026-01-01', retired_on: '2026-04-01' },
    ]);
    const fourUnits = (date: string) => check([line(1, '33333', date, [], 4), line(2, '99999', date, [], 2)]);
    expect((await fourUnits('2026-03-31')).body.mueViolations.map((v: { procedureCode: string; mue: number }) => [v.procedureCode, v.mue])).toEqual([['33333', 3], ['99999', 1]]);
    expect((await fourUnits('2026-04-01')).body.mueViolations).toEqual([]);
    await upload('mue', '2026-01-01', q1, 'text/csv').expect(409);
  });

  it('refuses a bad MUE file naming line and column', async () => {
    const refused = await upload('mue', '2026-04-01', mueTable('11111,1,"2 Date of Service Edit: Policy",x', '22222,two,"5 Other",x'), 'text/csv').expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'line 6, column 2 (Practitioner Services MUE Values)', message: 'expected a whole number of units, found "two"' },
      { field: 'line 6, column 3 (MUE Adjudication Indicator)', message: 'expected an adjudication indicator 1, 2 or 3 ("1 Line Edit" …), found "5 Other"' },
    ]);
  });

  it('lists the releases to any role, lets any role check, and lets only admins import', async () => {
    const http = request(app.getHttpServer());
    const listed = await http.get(`${base()}/releases?kind=mue`).set('authorization', `Bearer ${billerKey}`).expect(200);
    expect(listed.body).toMatchObject({ total: 2, limit: 50, nextCursor: null });
    expect(listed.body.items.map((release: { effectiveDate: string; sourceFile: string; added: number }) => [release.effectiveDate, release.sourceFile, release.added])).toEqual([
      ['2026-04-01', 'mue-2026-04-01.txt', 1],
      ['2026-01-01', 'mue-2026-01-01.txt', 4],
    ]);
    expect(listed.body.items[0].importedBy).toMatch(/^user:/);
    const all = await http.get(`${base()}/releases`).set('authorization', `Bearer ${billerKey}`).expect(200);
    expect(all.body.total).toBe(6);
    await http.post(`${base()}/check`).set('authorization', `Bearer ${billerKey}`).send({ lines: [line(1, '11111', '2026-04-02')] }).expect(200);
    await http.post(`${base()}/mue?effectiveDate=2026-07-01`).set('authorization', `Bearer ${billerKey}`).set('content-type', 'text/csv').send('x').expect(403);
  });

  it('refuses bad check lines naming each field', async () => {
    const refused = await admin.agent
      .post(`${base()}/check`)
      .set('x-csrf-token', admin.csrf)
      .send({ lines: [{ lineNumber: 1, procedureCode: '1111', dateOfService: '2026-02-30', units: 0 }, { lineNumber: 2, procedureCode: '22222', dateOfService: '2026-02-02', modifiers: ['591'] }] })
      .expect(400);
    expect(refused.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['lines[0].dateOfService', 'lines[0].procedureCode', 'lines[0].units', 'lines[1].modifiers[0]']);
    await admin.agent.post(`${base()}/check`).set('x-csrf-token', admin.csrf).send({ lines: [] }).expect(400);
  });

  it('exposes the importer and the lookups to other modules', async () => {
    const summary = await app.get(CodingEditsImporter).importPtpText(ptpTable('90000\t90001\t\t20260401\t*\t0\tMutually exclusive procedures'), { effectiveDate: '2026-04-01', importedBy: 'cli:test' });
    expect(summary).toMatchObject({ kind: 'ptp', total: 1, added: 1, retired: 0 });
    const edits = app.get(CodingEditsService);
    const lines = [
      { lineNumber: 1, procedureCode: '90000', modifiers: [], dateOfService: '2026-05-01', units: 1 },
      { lineNumber: 2, procedureCode: '90001', modifiers: ['XU'], dateOfService: '2026-05-01', units: 1 },
    ];
    expect(await edits.ptpConflicts(lines)).toEqual([expect.objectContaining({ column1Line: 1, column2Line: 2, modifierIndicator: '0', bypassedByModifier: false })]);
    expect(await edits.mueViolations(lines)).toEqual([]);
    await expect(edits.mueViolations([{ ...lines[0]!, dateOfService: '2026-5-1', units: 0 }])).rejects.toMatchObject({
      issues: [{ field: 'lines[0].dateOfService', message: 'a calendar date, YYYY-MM-DD' }, { field: 'lines[0].units', message: 'a whole number of units, at least 1' }],
    });
    const [audit] = await sql<{ n: number }>(`select count(*)::int as n from audit_event where record_type = 'coding_edit_release'`);
    expect(audit?.n).toBe(6);
  });
});
