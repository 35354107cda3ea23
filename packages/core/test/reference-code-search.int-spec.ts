import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { INestApplication } from '@nestjs/common';
import { signInAsNewAdmin, type SignedInSession } from './support/sign-in';
import { startTestServer, testConfig } from './support/test-app';

/** ICD-10-CM in the CDC codes file's layout (code padded to 8, then the description). */
const icd10cm = (codes: readonly (readonly [string, string])[]) => `${codes.map(([code, text]) => `${code.padEnd(8)}${text}`).join('\n')}\n`;
const csv = (codes: readonly (readonly [string, string])[]) => `code,description\n${codes.map(([code, text]) => `${code},"${text}"`).join('\n')}\n`;

describe('reference code search', () => {
  let app: INestApplication;
  let admin: SignedInSession;

  beforeAll(async () => {
    app = await startTestServer(await testConfig({ useRedis: false }));
    admin = await signInAsNewAdmin(app);
    const upload = async (kind: string, effectiveDate: string, body: string, type: string) =>
      admin.agent
        .post(`/api/organizations/${admin.organizationId}/reference-imports/${kind}?effectiveDate=${effectiveDate}`)
        .set('x-csrf-token', admin.csrf)
        .set('content-type', type)
        .send(body)
        .expect(201);
    const diagnoses: [string, string][] = [
      ['E109', 'Type 1 diabetes mellitus without complications'],
      ['E1165', 'Type 2 diabetes mellitus with hyperglycemia'],
      ['E119', 'Type 2 diabetes mellitus without complications'],
      ['I10', 'Essential (primary) hypertension'],
      ['J069', 'Acute upper respiratory infection, unspecified'],
    ];
    await upload('icd10cm', '2025-10-01', icd10cm(diagnoses), 'text/plain');
    // The next release drops J069: it is retired on 2026-04-01.
    await upload('icd10cm', '2026-04-01', icd10cm(diagnoses.filter(([code]) => code !== 'J069')), 'text/plain');
    await upload('hcpcs', '2026-01-01', csv([['G2211', 'Visit complexity add-on to 99213'], ['G0439', 'Annual wellness visit, later years']]), 'text/csv');
    await upload('cpt', '2026-01-01', csv([['99213', 'Office visit, established patient, 20 minutes'], ['99214', 'Office visit, established patient, 30 minutes']]), 'text/csv');
  }, 120_000);

  afterAll(async () => {
    await app.close();
  });

  const search = (query: string, status = 200) => admin.agent.get(`/api/organizations/${admin.organizationId}/reference-codes?${query}`).expect(status);
  const codes = (body: { items: { kind: string; code: string; match: string }[] }) => body.items.map((item) => `${item.kind}/${item.code}/${item.match}`);

  it('finds codes by their start, as typed (case and the ICD-10-CM dot aside), in code order', async () => {
    expect(codes((await search('kinds=icd10cm&q=e11&onDate=2026-02-01')).body)).toEqual(['icd10cm/E1165/code', 'icd10cm/E119/code']);
    const dotted = await search('kinds=icd10cm&q=E11.6&onDate=2026-02-01');
    expect(dotted.body.items).toEqual([
      { kind: 'icd10cm', code: 'E1165', description: 'Type 2 diabetes mellitus with hyperglycemia', effectiveFrom: '2025-10-01', match: 'code' },
    ]);
  });

  it('finds codes whose description has every word typed as a word start, shortest description first', async () => {
    expect(codes((await search('kinds=icd10cm&q=diab%20TYP%202&onDate=2026-02-01')).body)).toEqual(['icd10cm/E1165/description', 'icd10cm/E119/description']);
    expect(codes((await search('kinds=icd10cm&q=hypertension&onDate=2026-02-01')).body)).toEqual(['icd10cm/I10/description']);
    expect((await search('kinds=icd10cm&q=diabetic&onDate=2026-02-01')).body.items).toEqual([]);
  });

  it('searches several code sets at once, code matches first, and stops at the limit', async () => {
    expect(codes((await search('kinds=hcpcs,cpt&q=99213&onDate=2026-02-01')).body)).toEqual(['cpt/99213/code', 'hcpcs/G2211/description']);
    expect(codes((await search('kinds=hcpcs,cpt&q=office%20visit&onDate=2026-02-01&limit=1')).body)).toEqual(['cpt/99213/description']);
    expect(codes((await search('kinds=hcpcs,cpt&q=9&onDate=2026-02-01&limit=2')).body)).toEqual(['cpt/99213/code', 'cpt/99214/code']);
  });

  it('answers only codes valid on the date: not before their release, not once retired', async () => {
    expect(codes((await search('kinds=icd10cm&q=j06&onDate=2026-03-31')).body)).toEqual(['icd10cm/J069/code']);
    expect((await search('kinds=icd10cm&q=j06&onDate=2026-04-01')).body.items).toEqual([]);
    expect((await search('kinds=icd10cm&q=e11&onDate=2025-09-30')).body.items).toEqual([]);
  });

  it('refuses an unknown code set, an empty search and a limit over 50, naming the field', async () => {
    expect((await search('kinds=icd9&q=250', 400)).body.errors).toEqual([expect.objectContaining({ field: 'kind' })]);
    expect((await search('kinds=icd10cm&q=%20', 400)).body.errors).toEqual([expect.objectContaining({ field: 'q' })]);
    expect((await search('kinds=icd10cm&q=e11&limit=51', 400)).body.errors).toEqual([expect.objectContaining({ field: 'limit' })]);
  });

  it('can answer both searches from the indexes the migration adds', async () => {
    const plan = async (where: string) => {
      const rollBack = new Error('roll back the synthetic codes');
      let text = '';
      const em = app.get(MikroORM).em.fork() as EntityManager;
      await em
        .transactional(async (tx) => {
          // A code set of realistic size (rolled back), so the planner's choice is the one real data gets.
          await tx.execute(`insert into reference_code (id, code_set, code, description, effective_from)
            select gen_random_uuid(), 'icd10cm', 'X' || lpad(i::text, 5, '0'), 'Synthetic condition ' || i, '2025-10-01' from generate_series(1, 5000) i`);
          await tx.execute('analyze reference_code');
          const rows = await tx.execute<{ 'QUERY PLAN': string }[]>(`explain select code from reference_code where ${where}`);
          text = rows.map((row) => row['QUERY PLAN']).join('\n');
          throw rollBack;
        })
        .catch((error: unknown) => {
          if (error !== rollBack) throw error;
        });
      return text;
    };
    expect(await plan(`code_set in ('icd10cm') and code like 'E11%'`)).toContain('reference_code_code_prefix_index');
    expect(await plan(`code_set in ('icd10cm') and to_tsvector('simple', description) @@ to_tsquery('simple', 'diab:* & typ:*')`)).toContain(
      'reference_code_description_search_index',
    );
  }, 60_000);
});
