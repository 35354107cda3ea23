// `npm run bench -- claims [--seed N] [--claims N] [--batch N]`: 1,000 claims of varied shape (self subscribers and
// dependents, commercial CI and Medicare MB, 1–3 lines, 55–70 charge visits split into claims of at most 50 lines,
// modifiers, several diagnoses, authorizations, replacements and voids of accepted claims, secondary claims built by
// posting the primary payer's payment) built, scrubbed clean
// and written to 837P files through core's services, then validated with pyx12's x12valid. Issue 8's acceptance.
// Only the default run (1,000 claims, batches of 100) rewrites its BENCHMARKS.md section.
import { ApiKeyService, createServer, defaultCoreConfig, OrganizationService, runInAuditScope } from '@openrcm/core';
import { createTestDatabase } from '@openrcm/core/testing';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiClient } from './api.client.mjs';
import { buildAndScrub, writeBatches } from './claims.pipeline.mjs';
import { reportClaims } from './claims.report.mjs';
import { setUpPractice } from './practice.setup.mjs';
import { validateWithPyx12 } from './pyx12.runner.mjs';
import { registerPatient, readyVisit } from './visit.driver.mjs';
import { planVisits } from './visit.plan.mjs';

const OUT = join(import.meta.dirname, '../out/claims-1000');

function optionOf(args, name, fallback) {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
}

async function boot() {
  const database = await createTestDatabase();
  const app = await createServer({ ...defaultCoreConfig(), database: database.config, logLevel: 'silent' });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address();
  const organization = await app.get(OrganizationService).create({ actor: { type: 'system', id: 'bench' }, roles: [], correlationId: 'bench-claims' }, { name: 'Lakeside Family Practice', timeZone: 'America/Chicago' });
  const context = { organizationId: organization.id, actor: { type: 'user', id: 'bench-claims' }, roles: ['admin'], correlationId: 'bench-claims' };
  const { secret } = await runInAuditScope(context, null, () => app.get(ApiKeyService).create(context, 'claims bench', ['admin']));
  const api = apiClient(`http://127.0.0.1:${port}`, organization.id, secret);
  await api.patch(`/organizations/${organization.id}`, { x12SubmitterId: 'LAKESIDE01' }, { root: true });
  return { app, api, context, close: async () => { await app.close(); await database.drop(); } };
}

export async function runSuite(args) {
  const seed = optionOf(args, 'seed', 20261130);
  const claimCount = optionOf(args, 'claims', 1000);
  const batchSize = optionOf(args, 'batch', 100);
  const { app, api, context, close } = await boot();
  try {
    const practice = await setUpPractice(api);
    const plan = planVisits(seed, claimCount);
    const setupStarted = Date.now();
    const ready = [];
    for (const patient of plan.patients) {
      const registered = await registerPatient(api, practice, patient);
      for (const visit of plan.visits.filter((candidate) => candidate.patient === patient)) ready.push({ visit, encounterId: await readyVisit(api, practice, registered, visit) });
    }
    const setupSeconds = (Date.now() - setupStarted) / 1000;
    console.log(`${plan.patients.length} patients, ${ready.length} visits ready to bill through the API in ${setupSeconds.toFixed(1)} s`);

    const started = process.hrtime.bigint();
    const claims = await buildAndScrub(app, context, ready);
    const scrubbed = process.hrtime.bigint();
    const written = await writeBatches(app, context, claims, batchSize);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const writeSeconds = Number(process.hrtime.bigint() - scrubbed) / 1e9;

    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const files = written.map((batch, index) => {
      const file = join(OUT, `claims-${String(index + 1).padStart(3, '0')}.837`);
      writeFileSync(file, batch.x12);
      return file;
    });
    const pyx12 = validateWithPyx12(files);
    console.log(pyx12.output.trimEnd());
    return reportClaims({ record: claimCount === 1000 && batchSize === 100, seed, claims, written, files, pyx12, seconds, writeSeconds, setupSeconds });
  } finally {
    await close();
  }
}
