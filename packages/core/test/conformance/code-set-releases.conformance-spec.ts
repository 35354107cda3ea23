import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosisCodeService } from '../../src/reference/diagnosis-codes.service';
import { CodeSetImporter } from '../../src/reference/code-set.importer';
import { ReferenceCodeService } from '../../src/reference/reference-codes.service';
import { startTestServer, testConfig } from '../support/test-app';

const REFERENCE = join(__dirname, '../../../../../shared/reference');
const RELEASE = join(REFERENCE, 'icd10cm-codes-2026.with-descriptions.txt.gz');

describe('public code-set releases (../shared/reference)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    if (!existsSync(RELEASE)) throw new Error(`${RELEASE} is missing: the conformance suite needs ../shared beside the repository`);
    app = await startTestServer(await testConfig({ useRedis: false }));
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('imports 74,719 codes effective 2025-10-01, and refuses headers and unknown codes by name', async () => {
    const summary = await app.get(CodeSetImporter).import('icd10cm', RELEASE, '2025-10-01', 'conformance');
    expect(summary).toEqual({ total: 74_719, added: 74_719, changed: 0, retired: 0 });
    const [count] = await app.get(MikroORM).em.fork().getConnection().execute(`select count(*)::int as count from reference_code where code_set = 'icd10cm' and retired_on is null`);
    expect(count).toEqual({ count: 74_719 });
    const codes = app.get(DiagnosisCodeService);
    expect((await codes.billableOn('E11.9', '2026-01-15')).description).toBe('Type 2 diabetes mellitus without complications');
    await expect(codes.billableOn('E11', '2026-01-15')).rejects.toThrow('E11 is not a billable ICD-10-CM code');
    await expect(codes.billableOn('E119', '2025-09-30')).rejects.toThrow('E119 takes effect on 2025-10-01, after the date of service 2025-09-30');
  }, 120_000);

  it('imports the CMS place-of-service codes and the HCPCS modifiers', async () => {
    const importer = app.get(CodeSetImporter);
    expect(await importer.import('pos', join(REFERENCE, 'place-of-service.tsv'), '2025-01-01', 'conformance')).toMatchObject({ total: 52, added: 52 });
    expect(await importer.import('modifiers', join(REFERENCE, 'hcpcs2020-level2-modifiers.derived.tsv'), '2020-01-01', 'conformance')).toMatchObject({
      total: 369,
      added: 369,
    });
  }, 60_000);

  it('imports the HCPCS Level II codes of the CY2025 PFS RVU file (CSV layout), one per code, with their short descriptions', async () => {
    const summary = await app.get(CodeSetImporter).import('hcpcs', join(REFERENCE, 'pprrvu25-jan-hcpcs-level2-only.derived.csv'), '2025-01-01', 'conformance');
    // 5,021 rows: 4,989 codes, plus 32 rows repeating a code for a priced modifier (26, TC, 53), which are left out.
    expect(summary).toEqual({ total: 4_989, added: 4_989, changed: 0, retired: 0 });
    const codes = app.get(ReferenceCodeService);
    expect(await codes.lookup('hcpcs', 'a0021', '2025-06-01')).toMatchObject({ code: 'A0021', valid: true, billable: true, description: 'Outside state ambulance serv' });
    expect(await codes.lookup('hcpcs', 'A2001', '2025-06-01')).toMatchObject({ valid: true, description: 'Innovamatrix ac, per sq cm' });
    expect(await codes.lookup('hcpcs', 'A0021', '2024-12-31')).toMatchObject({ valid: false, reason: 'A0021 takes effect on 2025-01-01, after 2024-12-31' });
  }, 60_000);
});
