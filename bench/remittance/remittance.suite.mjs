// `npm run bench -- remittance [--claims N] [--seed N]` (PostgreSQL: DATABASE_URL must be set): N generated claims
// (default 100,000) seeded as submitted, adjudicated by the payer simulator into 835s (one payment 835 per payer and
// billing provider, reversals and corrections in their own), then every 835 posted through core's RemittanceIngestion
// — the timed part. Beside it, in the same run, the database's own bulk-insert rate for the same number of ledger
// rows (INSERT … SELECT of the entries just posted into a copy of the table with the same indexes; the median of three
// runs). Issue 9's acceptance: at least 2,000 claim payments per second and at least 25 % of that ceiling. Only the default run rewrites its BENCHMARKS.md section.
import { MikroORM } from '@mikro-orm/core';
import { createServer, defaultCoreConfig, OrganizationService, RemittanceIngestion, runInAuditScope } from '@openrcm/core';
import { createTestDatabase } from '@openrcm/core/testing';
import { createPayerRuleSet, processInterchange } from '@openrcm/simulator';
import { generate837PBatches, write837P } from '@openrcm/x12';
import { join } from 'node:path';
import { writeBenchmarkSection } from '../benchmarks-file.mjs';
import { machineInfo } from '../x12/machine.info.mjs';
import { seedClaims } from './claims.seed.mjs';

function optionOf(args, name, fallback) {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
}

const seconds = (since) => Number(process.hrtime.bigint() - since) / 1e9;

/**
 * The untimed setup: the claims generated and seeded as submitted, their 837P adjudicated by the payer simulator.
 * Only the 835 files are kept: the generated claims and the simulator's other answers are not held in the heap while
 * posting is timed (a server taking in 835s does not hold them either).
 */
async function prepare(em, organizationId, claimCount, seed) {
  const started = process.hrtime.bigint();
  const batches = generate837PBatches({ claims: claimCount, seed, claimsPerTransaction: 5000, startDate: '2026-01-05' });
  const seeded = await seedClaims(em, organizationId, batches);
  // Fresh statistics for the tables the seed filled (autovacuum would, a little later, on a live system).
  await em.getConnection().execute('analyze claim, claim_line, coverage, charge, ledger_entry');
  const x12 = write837P(batches, { sender: { qualifier: 'ZZ', id: 'BENCHPRACTICE' }, receiver: { qualifier: 'ZZ', id: 'SIMPAYER' }, date: '2026-03-01', time: '09:00' }, { interchange: 1, group: 1, transaction: 1 });
  const answer = processInterchange(x12, createPayerRuleSet(), { seed, now: '2026-03-20T12:00:00Z', firstControlNumber: 1 });
  const files = answer.remit835.map((file) => ({ payerId: file.payerId, traceNumber: file.traceNumber, x12: file.x12 }));
  return { seeded, files, setupSeconds: seconds(started) };
}

/** How many times the ceiling is measured; its median is reported (one run varies by a third on a shared machine). */
const CEILING_RUNS = 3;

/**
 * The database's own bulk insert of the ledger rows posting wrote: INSERT … SELECT into a fresh copy of ledger_entry
 * with the same indexes, timed {@link CEILING_RUNS} times (a new copy each time); the median in seconds.
 */
async function ceilingSeconds(connection, organizationId) {
  const runs = [];
  for (let run = 0; run < CEILING_RUNS; run += 1) {
    await connection.execute('create table bench_ledger_copy (like ledger_entry including all)');
    const started = process.hrtime.bigint();
    await connection.execute(`insert into bench_ledger_copy select * from ledger_entry where organization_id = ? and source = 'remittance'`, [organizationId]);
    runs.push(seconds(started));
    await connection.execute('drop table bench_ledger_copy');
  }
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)];
}

export async function runSuite(args) {
  if (!process.env.DATABASE_URL) {
    console.error('the remittance bench measures posting on PostgreSQL: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');
    return 2;
  }
  const claimCount = optionOf(args, 'claims', 100_000);
  const seed = optionOf(args, 'seed', 20261130);
  const database = await createTestDatabase();
  const app = await createServer({ ...defaultCoreConfig(), database: database.config, logLevel: 'silent', jobs: { ...defaultCoreConfig().jobs, work: false } });
  await app.init();
  try {
    const system = { actor: { type: 'system', id: 'bench' }, roles: [], correlationId: 'bench-remittance' };
    const organization = await app.get(OrganizationService).create(system, { name: 'Bench Posting Practice', timeZone: 'America/Chicago' });
    const context = { organizationId: organization.id, actor: { type: 'system', id: 'bench-remittance' }, roles: ['admin'], correlationId: 'bench-remittance' };
    const em = app.get(MikroORM).em.fork();

    const { seeded, files, setupSeconds } = await prepare(em, organization.id, claimCount, seed);
    console.log(`seeded ${seeded} claims; the simulator answered with ${files.length} 835s (${(files.reduce((sum, file) => sum + file.x12.length, 0) / 2 ** 20).toFixed(1)} MB) in ${setupSeconds.toFixed(1)} s`);

    const ingestion = app.get(RemittanceIngestion);
    let claimPayments = 0;
    let unmatched = 0;
    const started = process.hrtime.bigint();
    for (const file of files) {
      const result = await runInAuditScope(context, null, () => ingestion.ingest(context, file.x12, { fileName: `${file.payerId}-${file.traceNumber}.835`, pluginId: 'bench' }));
      for (const posting of result.postings) {
        claimPayments += posting.claimPayments;
        unmatched += posting.unmatched;
      }
    }
    const postingSeconds = seconds(started);
    const connection = em.getConnection();
    const [{ entries }] = await connection.execute(`select count(*)::int as entries from ledger_entry where organization_id = ? and source = 'remittance'`, [organization.id]);
    const copySeconds = await ceilingSeconds(connection, organization.id);

    const rate = claimPayments / postingSeconds;
    const entriesPerPayment = entries / claimPayments;
    const ceilingRows = entries / copySeconds;
    const ceilingPayments = ceilingRows / entriesPerPayment;
    const share = rate / ceilingPayments;
    const machine = machineInfo();
    const summary = [
      `claim payments posted: ${claimPayments} (${unmatched} unmatched) from ${files.length} 835s in ${postingSeconds.toFixed(1)} s: **${Math.round(rate).toLocaleString('en-US')} claim payments/s** (target 2,000: ${rate >= 2000 ? 'met' : 'not met'})`,
      `ledger entries written by posting: ${entries} (${entriesPerPayment.toFixed(2)} per claim payment)`,
      `database bulk-insert ceiling, same run: ${entries} ledger rows by INSERT … SELECT into a copy of ledger_entry with its indexes in ${copySeconds.toFixed(2)} s (median of ${CEILING_RUNS}) = ${Math.round(ceilingRows).toLocaleString('en-US')} rows/s = ${Math.round(ceilingPayments).toLocaleString('en-US')} claim payments/s; posting reaches **${(share * 100).toFixed(1)} %** of it (target 25 %: ${share >= 0.25 ? 'met' : 'not met'})`,
      'the ceiling copies the same rows, time-ordered ids (UUID version 7) included: its primary key grows at its end, as posting\'s does',
      `setup (untimed): ${seeded} claims seeded by bulk insert, 837P written and adjudicated by the simulator in ${setupSeconds.toFixed(1)} s`,
    ];
    console.log(summary.join('\n'));
    if (claimCount === 100_000) {
      writeBenchmarkSection(join(import.meta.dirname, '../../BENCHMARKS.md'), 'remittance', [
        `## Remittance posting: ${claimCount.toLocaleString('en-US')} generated claims through the payer simulator (PostgreSQL)`,
        '',
        `Command: \`DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench -- remittance\` (seed ${seed}).`,
        `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGB} GB RAM, Node ${machine.node}, ${machine.os}; load average at the end ${machine.load}.`,
        '',
        ...summary.map((line) => `- ${line}`),
      ].join('\n'));
    }
    return rate >= 2000 && share >= 0.25 ? 0 : 1;
  } finally {
    await app.close();
    await database.drop();
  }
}
