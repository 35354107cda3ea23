import { MikroORM } from '@mikro-orm/core';
import { ConflictError, ValidationError } from '@openrcm/sdk';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DiagnosisCodeService } from '../src/reference/diagnosis-codes.service';
import { CodeSetImporter } from '../src/reference/code-set.importer';
import { startTestServer, testConfig } from './support/test-app';

function release(lines: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'icd10cm-')), 'codes.txt');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const FY2025 = release(['A000    Cholera due to Vibrio cholerae 01, biovar cholerae', 'B373    Candidiasis of vulva and vagina', 'E119    Type 2 diabetes mellitus without complications']);
const FY2026 = release([
  'A000    Cholera due to Vibrio cholerae 01, biovar cholerae',
  'B3731   Acute candidiasis of vulva and vagina',
  'B3732   Chronic candidiasis of vulva and vagina',
  'E119    Type 2 diabetes mellitus without complications (revised)',
]);

describe('code-set releases', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
  });

  afterAll(async () => {
    await app.close();
  });

  it('adds, changes and retires codes by effective date, keeping history, and re-imports as a no-op', async () => {
    const importer = app.get(CodeSetImporter);
    const progress: number[] = [];
    expect(await importer.import('icd10cm', FY2025, '2024-10-01', 'test', (read) => progress.push(read))).toEqual({ total: 3, added: 3, changed: 0, retired: 0 });
    expect(progress).toEqual([3]);
    expect(await importer.import('icd10cm', FY2026, '2025-10-01', 'test')).toEqual({ total: 4, added: 2, changed: 1, retired: 1 });
    expect(await importer.import('icd10cm', FY2026, '2025-10-01', 'test')).toEqual({ total: 4, added: 0, changed: 0, retired: 0 });
    await expect(importer.import('icd10cm', FY2025, '2024-10-01', 'test')).rejects.toThrow(ConflictError);

    const codes = app.get(DiagnosisCodeService);
    expect((await codes.billableOn('B37.3', '2025-09-30')).description).toBe('Candidiasis of vulva and vagina');
    await expect(codes.billableOn('B373', '2025-10-01')).rejects.toThrow('B373 was retired on 2025-10-01, before the date of service 2025-10-01');
    await expect(codes.billableOn('B3731', '2025-06-01')).rejects.toThrow('B3731 takes effect on 2025-10-01, after the date of service 2025-06-01');
    await expect(codes.billableOn('E11', '2025-11-01', 'lines[0].diagnosisPointers')).rejects.toThrow(
      'lines[0].diagnosisPointers: E11 is not a billable ICD-10-CM code (unknown, or a category header that needs more characters)',
    );
    expect((await codes.billableOn('e11.9', '2025-11-01')).description).toBe('Type 2 diabetes mellitus without complications (revised)');

    const releases = await app.get(MikroORM).em.fork().getConnection().execute(`select effective_date, added, changed, retired from code_set_release where code_set = 'icd10cm' order by imported_at`);
    expect(releases).toEqual([
      { effective_date: '2024-10-01', added: 3, changed: 0, retired: 0 },
      { effective_date: '2025-10-01', added: 2, changed: 1, retired: 1 },
      { effective_date: '2025-10-01', added: 0, changed: 0, retired: 0 },
    ]);
  });

  it('writes nothing from a file with a malformed line, and names the line', async () => {
    const broken = release(['Z000    General adult medical examination', 'not a code line']);
    await expect(app.get(CodeSetImporter).import('icd10cm', broken, '2026-10-01', 'test')).rejects.toThrow(ValidationError);
    await expect(app.get(CodeSetImporter).import('icd10cm', broken, '2026-10-01', 'test')).rejects.toThrow(/^line 2: expected a code/);
    const rows = await app.get(MikroORM).em.fork().getConnection().execute(`select count(*)::int as count from reference_code where code = 'Z000'`);
    expect(rows).toEqual([{ count: 0 }]);
    await expect(app.get(CodeSetImporter).import('icd10cm', broken, '2026-13-45', 'test')).rejects.toThrow('effectiveDate: a calendar date');
  });

  it('keeps each code set apart, and refuses an unknown kind', async () => {
    const importer = app.get(CodeSetImporter);
    const pos = release(['code\tname', '11\tOffice', '02\tTelehealth provided other than in patient\'s home']);
    expect(await importer.import('pos', pos, '2025-01-01', 'test')).toEqual({ total: 2, added: 2, changed: 0, retired: 0 });
    const modifiers = release(['25\tSignificant, separately identifiable E/M service', 'A000\tnot a modifier']);
    await expect(importer.import('modifiers', modifiers, '2025-01-01', 'test')).rejects.toThrow('line 2: expected a two-character modifier, a tab, a description');
    await expect(importer.import('snomed', pos, '2025-01-01', 'test')).rejects.toThrow('kind: "snomed" is not importable; supported: icd10cm, hcpcs, cpt, pos, modifiers, carc, rarc');
    const rows = await app.get(MikroORM).em.fork().getConnection().execute(`select code_set, count(*)::int as count from reference_code where code in ('11', '02', 'A000') and code_set not in ('carc', 'rarc') group by code_set order by code_set`);
    expect(rows).toEqual([
      { code_set: 'icd10cm', count: 1 },
      { code_set: 'pos', count: 2 },
    ]);
  });
});
