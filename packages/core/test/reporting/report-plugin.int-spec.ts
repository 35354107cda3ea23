import type { INestApplication } from '@nestjs/common';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { BillingPractice } from '../support/billing-practice';
import { startTestServer, testConfig } from '../support/test-app';

const repository = join(__dirname, '..', '..', '..', '..');

/** The report plugin of docs/plugins.md §6, exactly as written there, built to CommonJS in a folder outside the repository. */
function installDocumentedReportPlugin(): string {
  const guide = readFileSync(join(repository, 'docs', 'plugins.md'), 'utf8');
  const block = /<!-- report-example:start -->\s*```ts\n([\s\S]*?)```\s*<!-- report-example:end -->/.exec(guide)?.[1];
  if (!block) throw new Error('docs/plugins.md lost its report example');
  const folder = mkdtempSync(join(tmpdir(), 'acme-reports-'));
  writeFileSync(join(folder, 'index.js'), ts.transpileModule(block, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText);
  // What the vendor's own install provides: the server's SDK and zod as peers.
  mkdirSync(join(folder, 'node_modules', '@openrcm'), { recursive: true });
  symlinkSync(join(repository, 'packages', 'sdk'), join(folder, 'node_modules', '@openrcm', 'sdk'));
  symlinkSync(dirname(require.resolve('zod/package.json')), join(folder, 'node_modules', 'zod'));
  return folder;
}

/** Issue #13 acceptance: a plugin outside the repository adds a report that shows up in the API without a change to core. */
describe('a report plugin from outside the repository', () => {
  let app: INestApplication;
  let practice: BillingPractice;
  let folder: string;

  beforeAll(async () => {
    folder = installDocumentedReportPlugin();
    const config = await testConfig({ useRedis: false, plugins: { installed: [{ module: join(folder, 'index.js') }], callTimeoutMs: 20_000 } });
    app = await startTestServer(config);
    practice = await BillingPractice.create(app);
    await practice.submittedClaim('Averill');
    await practice.submittedClaim('Averback', { charges: [{ procedureCode: '99213', units: 1, diagnosisPointers: [1] }] });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('is listed with its formula and runs over core’s aggregates', async () => {
    const { items } = (await practice.get('/reports').expect(200)).body as { items: { id: string; pluginId: string; formula: string; unit: string }[] };
    expect(items).toEqual([
      expect.objectContaining({ id: 'average-charge-per-encounter', pluginId: 'acme-reports', unit: 'cents', formula: 'Charges ÷ encounters billed, for the dates of service in the period.' }),
    ]);
    const run = (await practice.get('/reports/average-charge-per-encounter/run').query({ from: '2026-03-01', to: '2026-03-31' }).expect(200)).body;
    // $365.00 (99213 at $125 and 97110 × 4 at $60) and $125.00: $245.00 an encounter.
    expect(run.output.value).toEqual({ value: 24_500, numerator: 49_000, denominator: 2 });
    expect(run.output.series).toEqual([{ period: '2026-03', value: 24_500 }]);
  });
});
