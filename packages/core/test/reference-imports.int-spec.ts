import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { gzipSync } from 'node:zlib';
import { AdjustmentCodeService } from '../src/reference/adjustment-codes.service';
import { anwebRecord } from './fixtures/anweb-record';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

/** A hand-written HCPCS release in the CMS fixed-width layout (codes are public; the wording is this test's own). */
function hcpcsRelease(codes: readonly (readonly [string, string])[]): string {
  const lines = codes.flatMap(([code, short]) => [
    anwebRecord({ code, recordId: '3', longDescription: `${short}, long form`, shortDescription: short, actionCode: 'N' }),
    anwebRecord({ code, sequence: '00200', recordId: '4', longDescription: 'continued long description' }),
  ]);
  return `${[anwebRecord({ code: '   25', recordId: '7', longDescription: 'a modifier line', shortDescription: 'modifier' }), ...lines].join('\r\n')}\r\n`;
}

describe('reference imports and lookups', () => {
  let app: INestApplication;
  let admin: SignedInSession;
  let other: SignedInSession;
  const sql = (query: string, params: unknown[] = []) => app.get(MikroORM).em.fork().getConnection().execute(query, params);

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    admin = await signInAsNewAdmin(app);
    other = await signInAsNewAdmin(app);
  });

  afterAll(async () => {
    await app.close();
  });

  const upload = (session: SignedInSession, kind: string, effectiveDate: string, body: string | Buffer, type = 'text/plain') =>
    session.agent
      .post(`/api/organizations/${session.organizationId}/reference-imports/${kind}?effectiveDate=${effectiveDate}&fileName=${kind}-upload.txt`)
      .set('x-csrf-token', session.csrf)
      .set('content-type', type)
      .send(body);
  const lookup = (session: SignedInSession, kind: string, code: string, onDate: string) =>
    session.agent.get(`/api/organizations/${session.organizationId}/reference-codes/${kind}/${code}?onDate=${onDate}`).expect(200);

  it('ships CARC and RARC with its own wording as the release openrcm-defaults', async () => {
    expect(await sql(`select code_set, effective_date, source_file, total, imported_by from code_set_release where code_set in ('carc', 'rarc') order by code_set`)).toEqual([
      { code_set: 'carc', effective_date: '2000-01-01', source_file: 'openrcm-defaults', total: 40, imported_by: 'migration' },
      { code_set: 'rarc', effective_date: '2000-01-01', source_file: 'openrcm-defaults', total: 17, imported_by: 'migration' },
    ]);
    const codes = app.get(AdjustmentCodeService);
    expect(await codes.describe('carc', '45')).toBe('Charge above the allowed or contracted amount');
    expect(await codes.describe('carc', '197', '2026-02-01')).toBe('Prior authorization, precertification or notice missing');
    expect(await codes.describe('rarc', 'ma130')).toBe('Claim cannot be processed: correct it and send a new claim (no appeal)');
    expect(await codes.describe('rarc', 'N130', '1999-12-31')).toBeNull();
    expect(await codes.describe('carc', 'Z9')).toBeNull();
    const carc = await lookup(admin, 'carc', '16', '2026-01-15');
    expect(carc.body).toEqual({
      kind: 'carc',
      code: '16',
      onDate: '2026-01-15',
      valid: true,
      billable: false,
      description: 'Claim is missing information or has billing errors (see the remark codes)',
      effectiveFrom: '2000-01-01',
      retiredOn: null,
      reason: null,
    });
  });

  it('imports HCPCS releases through the API, retiring a dropped code by date and keeping its history', async () => {
    const january = await upload(admin, 'hcpcs', '2025-01-01', hcpcsRelease([['A0021', 'Outside state ambulance serv'], ['G0008', 'Admin influenza virus vac'], ['J1100', 'Dexamethasone sodium phos']])).expect(201);
    expect(january.body).toEqual({ kind: 'hcpcs', effectiveDate: '2025-01-01', total: 3, added: 3, changed: 0, retired: 0 });
    const april = await upload(admin, 'hcpcs', '2025-04-01', hcpcsRelease([['A0021', 'Outside state ambulance serv'], ['G0008', 'Admin influenza vaccine'], ['Q0138', 'Ferumoxytol non-esrd']])).expect(201);
    expect(april.body).toEqual({ kind: 'hcpcs', effectiveDate: '2025-04-01', total: 3, added: 1, changed: 1, retired: 1 });

    expect((await lookup(admin, 'hcpcs', 'j1100', '2025-03-31')).body).toMatchObject({ code: 'J1100', valid: true, billable: true, description: 'Dexamethasone sodium phos', retiredOn: '2025-04-01' });
    expect((await lookup(admin, 'hcpcs', 'J1100', '2025-04-01')).body).toMatchObject({
      valid: false,
      billable: false,
      description: 'Dexamethasone sodium phos',
      effectiveFrom: '2025-01-01',
      retiredOn: '2025-04-01',
      reason: 'J1100 was retired on 2025-04-01, on or before 2025-04-01',
    });
    expect((await lookup(admin, 'hcpcs', 'Q0138', '2025-03-01')).body).toMatchObject({ valid: false, reason: 'Q0138 takes effect on 2025-04-01, after 2025-03-01' });
    expect((await lookup(admin, 'hcpcs', 'A9999', '2025-05-01')).body).toMatchObject({ valid: false, description: null, reason: 'A9999 is in no imported HCPCS Level II release' });
    // Reference data is installation-wide: another organization sees the same codes.
    expect((await lookup(other, 'hcpcs', 'G0008', '2025-05-01')).body).toMatchObject({ valid: true, description: 'Admin influenza vaccine' });
    expect(await sql(`select count(*)::int as count from reference_code where code_set = 'hcpcs' and code = 'J1100'`)).toEqual([{ count: 1 }]);

    const older = await upload(other, 'hcpcs', '2024-10-01', hcpcsRelease([['A0021', 'Outside state ambulance serv']])).expect(409);
    expect(older.body.detail).toBe('a newer HCPCS Level II release (effective 2025-04-01) is already imported; import releases in order');

    const listed = await admin.agent.get(`/api/organizations/${admin.organizationId}/reference-imports?kind=hcpcs`).expect(200);
    expect(listed.body).toMatchObject({ total: 2, limit: 50, nextCursor: null });
    expect(listed.body.items.map((release: { effectiveDate: string; sourceFile: string; added: number }) => [release.effectiveDate, release.sourceFile, release.added])).toEqual([
      ['2025-04-01', 'hcpcs-upload.txt', 1],
      ['2025-01-01', 'hcpcs-upload.txt', 3],
    ]);
  });

  it('records who imported a release, in the release and in the audit trail of their organization', async () => {
    const session = await admin.agent.get('/api/auth/session').expect(200);
    const userId = session.body.user.id as string;
    await upload(admin, 'pos', '2025-01-01', 'code\tname\n11\tOffice\n').expect(201);
    const [release] = await sql(`select id, imported_by from code_set_release where code_set = 'pos'`);
    expect(release.imported_by).toBe(`user:${userId}`);
    const trail = await admin.agent.get(`/api/organizations/${admin.organizationId}/audit-events?actorId=${userId}`).expect(200);
    expect(trail.body.items.filter((event: { recordType: string }) => event.recordType === 'code_set_release').map((event: { recordId: string; action: string }) => [event.action, event.recordId])).toContainEqual(['create', release.id]);
    expect(await sql(`select count(*)::int as count from audit_event where record_id = ? and organization_id = ?`, [release.id, admin.organizationId])).toEqual([{ count: 1 }]);
  });

  it('refuses a file with a bad line with a 400 naming it, writing nothing', async () => {
    const refused = await upload(admin, 'cpt', '2026-01-01', 'Code,Description\n99213,"office visit, established, low"\n9921X,typo\n').expect(400);
    expect(refused.body.errors).toEqual([{ field: 'line 3', message: 'expected a CPT code (four digits, then a digit, F, T or U) in column "Code", found "9921X"' }]);
    expect(await sql(`select count(*)::int as count from reference_code where code_set = 'cpt'`)).toEqual([{ count: 0 }]);
    expect(await sql(`select count(*)::int as count from code_set_release where code_set = 'cpt'`)).toEqual([{ count: 0 }]);

    const cpt = await upload(admin, 'cpt', '2026-01-01', Buffer.from('CPT Code,Short Descriptor\n99213,"office visit, established, low"\n'), 'application/octet-stream').expect(201);
    expect(cpt.body).toMatchObject({ kind: 'cpt', total: 1, added: 1 });
    expect((await lookup(admin, 'cpt', '99213', '2026-02-01')).body).toMatchObject({ valid: true, billable: true, description: 'office visit, established, low' });
  });

  it('refuses bad requests by field: the kind, the date, the media type; and only admins import', async () => {
    const kind = await upload(admin, 'snomed', '2026-01-01', 'x').expect(400);
    expect(kind.body.errors).toEqual([{ field: 'kind', message: '"snomed" is not a code set; supported: icd10cm, hcpcs, cpt, pos, modifiers, carc, rarc' }]);
    const date = await upload(admin, 'cpt', '2026-02-30', 'x').expect(400);
    expect(date.body.errors.map((error: { field: string }) => error.field)).toEqual(['effectiveDate']);
    const json = await admin.agent
      .post(`/api/organizations/${admin.organizationId}/reference-imports/cpt?effectiveDate=2026-01-01`)
      .set('x-csrf-token', admin.csrf)
      .send({ code: '99213' })
      .expect(400);
    expect(json.body.errors[0].field).toBe('content-type');
    const empty = await upload(admin, 'rarc', '2026-01-01', '\n').expect(400);
    expect(empty.body.errors).toEqual([{ field: 'file', message: 'rarc-upload.txt holds no codes' }]);
    await admin.agent.get(`/api/organizations/${other.organizationId}/reference-imports`).expect(404);
    const policy = (await admin.agent.get('/api/docs/openapi.json').expect(200)).body.paths['/api/organizations/{organizationId}/reference-imports/{kind}'].post['x-openrcm-policy'];
    expect(policy).toEqual({ kind: 'roles', roles: ['admin'] });
  });

  it('lets an official CARC list supersede the shipped wording, and takes gzip uploads', async () => {
    const official = ['Code\tDescription\tStart\tLast Modified\tStop', '45\tofficial wording stand-in for 45\t01/01/1995\t03/01/2020\t', '16\tofficial wording stand-in for 16\t01/01/1995', 'A1\tofficial wording stand-in for A1\t01/01/1995', 'D1\tstopped code\t01/01/1995\t\t06/30/2007'];
    const imported = await upload(admin, 'carc', '2026-03-01', gzipSync(`${official.join('\n')}\n`), 'application/gzip').expect(201);
    expect(imported.body).toEqual({ kind: 'carc', effectiveDate: '2026-03-01', total: 3, added: 1, changed: 2, retired: 38 });
    const codes = app.get(AdjustmentCodeService);
    expect(await codes.describe('carc', '45')).toBe('official wording stand-in for 45');
    expect(await codes.describe('carc', '197', '2026-02-28')).toBe('Prior authorization, precertification or notice missing');
    expect(await codes.describe('carc', '197', '2026-03-01')).toBeNull();
    expect(await codes.describe('carc', '197')).toBe('Prior authorization, precertification or notice missing');
    expect(await codes.describe('carc', 'D1')).toBeNull();
  });

  it('looks up ICD-10-CM codes as typed', async () => {
    await upload(admin, 'icd10cm', '2025-10-01', gzipSync('E119    Type 2 diabetes mellitus without complications\n'), 'application/octet-stream').expect(201);
    expect((await lookup(admin, 'icd10cm', 'e11.9', '2025-10-01')).body).toMatchObject({ code: 'E119', valid: true, billable: true });
    expect((await lookup(admin, 'icd10cm', 'E11', '2025-10-01')).body).toMatchObject({ valid: false, reason: 'E11 is in no imported ICD-10-CM release' });
    const [release] = await sql(`select source_file from code_set_release where code_set = 'icd10cm'`);
    expect(release.source_file).toBe('icd10cm-upload.txt.gz');
  });
});
