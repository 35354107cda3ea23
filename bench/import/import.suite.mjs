// `npm run bench -- import`: imports the FY2026 ICD-10-CM release (../shared/reference) into a fresh database, five
// times, and reports the median time. PostgreSQL when DATABASE_URL is set (a new database per run), PGlite otherwise.
// Target (issue 6): the whole release in under 20 seconds on PostgreSQL.
import { CodeSetImporter, migrate, openDatabase } from '@openrcm/core';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { writeBenchmarkSection } from '../benchmarks-file.mjs';

const RELEASE = join(import.meta.dirname, '../../../shared/reference/icd10cm-codes-2026.with-descriptions.txt.gz');
const RUNS = 5;

async function freshDatabase(run) {
  const base = process.env.DATABASE_URL;
  if (!base) return { config: { dataDir: 'memory://', migrateOnBoot: false }, drop: async () => {} };
  const name = `openrcm_bench_import_${process.pid}_${run}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    config: { url: url.toString(), dataDir: 'memory://', migrateOnBoot: false },
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}

export async function runSuite() {
  if (!existsSync(RELEASE)) {
    console.error(`${RELEASE} is missing: this benchmark reads ../shared/reference`);
    return 1;
  }
  const target = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite (in memory)';
  const seconds = [];
  for (let run = 1; run <= RUNS; run += 1) {
    const database = await freshDatabase(run);
    const opened = await openDatabase(database.config);
    try {
      await migrate(opened.orm);
      const started = process.hrtime.bigint();
      const summary = await new CodeSetImporter(opened.orm).import('icd10cm', RELEASE, '2025-10-01', 'bench');
      const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
      if (summary.added !== 74_719) throw new Error(`expected 74,719 codes, imported ${summary.added}`);
      seconds.push(elapsed);
      console.log(`run ${run}: ${summary.total} codes in ${elapsed.toFixed(2)} s`);
    } finally {
      await opened.close();
      await database.drop();
    }
  }
  const sorted = [...seconds].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const result = `median **${median.toFixed(2)} s** over ${RUNS} runs (${Math.round(74_719 / median).toLocaleString('en-US')} codes/s; ` +
    `min ${sorted[0].toFixed(2)} s, max ${sorted.at(-1).toFixed(2)} s)`;
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(`\nICD-10-CM FY2026 import into ${target}: ${result}\nmachine: ${machine}`);
  writeBenchmarkSection(join(import.meta.dirname, '../../BENCHMARKS.md'), `import-${process.env.DATABASE_URL ? 'postgresql' : 'pglite'}`, [
    `## Reference-data import (${target})`,
    '',
    `Run ${new Date().toISOString()}: \`${process.env.DATABASE_URL ? 'DATABASE_URL=… ' : ''}npm run bench -- import\` on ${machine}.`,
    '',
    `The FY2026 ICD-10-CM release (74,719 codes, \`../shared/reference\`) into a fresh, migrated database, one transaction: ${result}. ` +
      'Target (issue 6): under 20 s on PostgreSQL.',
  ].join('\n'));
  return median < 20 ? 0 : 1;
}
