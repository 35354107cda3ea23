// `npm run bench -- api [--rows N] [--page N] [--runs N]` (PostgreSQL: DATABASE_URL must be set): keyset paging of
// the list endpoints over HTTP. N rows (default 100,000) are bulk-inserted into one work item queue (open follow-ups)
// and as many submitted claims; the real Nest app boots in-process and listens on a port; each list is walked with
// `limit=50` by its cursors up to page `--page` (default 500, untimed), then page 1 and that page are each fetched
// `--runs` times (default 20) and the medians compared. Issue 10's target: the deep page answers in about the time
// of the first (within 1.5×). Only the default run rewrites its BENCHMARKS.md section.
import { MikroORM } from '@mikro-orm/core';
import { ApiKeyService, BulkRows, Claim, createServer, defaultCoreConfig, OrganizationService, runInAuditScope, WorkItem } from '@openrcm/core';
import { createTestDatabase } from '@openrcm/core/testing';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { writeBenchmarkSection } from '../benchmarks-file.mjs';
import { machineInfo } from '../x12/machine.info.mjs';

const LIMIT = 50;

function optionOf(args, name, fallback) {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
}

const milliseconds = (since) => Number(process.hrtime.bigint() - since) / 1e6;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * `count` open follow-ups in one queue and `count` submitted claims. Opening times step by a millisecond with runs of
 * ten sharing one (ties the id breaks); claims spread over a year of dates of service, about 270 a day.
 */
async function seed(em, organizationId, count) {
  const start = Date.parse('2026-01-01T08:00:00.000Z');
  for (let from = 0; from < count; from += 20_000) {
    const rows = new BulkRows(em);
    for (let index = from; index < Math.min(count, from + 20_000); index += 1) {
      rows.create(WorkItem, {
        organizationId, kind: 'follow-up', category: 'claim-no-answer', title: `Follow up claim B${index}`, recordType: 'claim', recordId: randomUUID(),
        ownerRole: 'ar', priority: 'normal', state: 'open', openedBy: 'bench', dueDate: '2026-12-31', createdAt: new Date(start + Math.floor(index / 10) * 1000),
      });
      const day = new Date(Date.parse('2026-01-01') + (index % 365) * 86_400_000).toISOString().slice(0, 10);
      rows.create(Claim, {
        organizationId, encounterId: randomUUID(), patientId: randomUUID(), coverageId: randomUUID(), payerRecordId: randomUUID(), coverageOrder: 'primary',
        patientControlNumber: `B${String(index).padStart(7, '0')}`, totalChargeCents: 10_000 + (index % 500) * 100, state: 'submitted', dateOfService: day,
        snapshotJson: JSON.stringify({ seededBy: 'bench-api' }),
      });
    }
    await rows.insert();
  }
  await em.getConnection().execute('analyze work_item; analyze claim');
}

/** The cursor of page `page` (walking from page 1), and how long the walk took. */
async function cursorOfPage(get, path, page) {
  let after = null;
  for (let current = 1; current < page; current += 1) {
    const body = await get(`${path}&limit=${LIMIT}${after ? `&after=${after}` : ''}`);
    after = body.nextCursor;
    if (!after) throw new Error(`${path} has fewer than ${page} pages of ${LIMIT}`);
  }
  return after;
}

async function timed(get, url, runs) {
  const times = [];
  let body;
  for (let run = 0; run < runs + 2; run += 1) {
    const started = process.hrtime.bigint();
    body = await get(url);
    if (run >= 2) times.push(milliseconds(started)); // two warm-up calls
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), body };
}

export async function runSuite(args) {
  if (!process.env.DATABASE_URL) {
    console.error('the api bench measures list paging on PostgreSQL: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');
    return 2;
  }
  const count = optionOf(args, 'rows', 100_000);
  const deepPage = optionOf(args, 'page', 500);
  const runs = optionOf(args, 'runs', 20);
  const database = await createTestDatabase();
  const app = await createServer({ ...defaultCoreConfig(), database: database.config, logLevel: 'silent', jobs: { ...defaultCoreConfig().jobs, work: false } });
  await app.listen(0, '127.0.0.1');
  try {
    const { port } = app.getHttpServer().address();
    const organization = await app.get(OrganizationService).create({ actor: { type: 'system', id: 'bench' }, roles: [], correlationId: 'bench-api' }, { name: 'Bench Lists Practice', timeZone: 'America/Chicago' });
    const context = { organizationId: organization.id, actor: { type: 'user', id: 'bench-api' }, roles: ['admin'], correlationId: 'bench-api' };
    const { secret } = await runInAuditScope(context, null, () => app.get(ApiKeyService).create(context, 'api bench', ['admin']));
    const em = app.get(MikroORM).em.fork();
    const seedStarted = process.hrtime.bigint();
    await seed(em, organization.id, count);
    console.log(`seeded ${count} open follow-ups and ${count} submitted claims in ${(milliseconds(seedStarted) / 1000).toFixed(1)} s`);

    const base = `http://127.0.0.1:${port}/api/organizations/${organization.id}`;
    const get = async (path) => {
      const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${secret}` } });
      const body = await response.json();
      if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${JSON.stringify(body)}`);
      return body;
    };
    const lists = [
      { name: 'work items (open follow-ups, newest first)', path: '/work-items?kind=follow-up&state=open' },
      { name: 'claims (submitted, latest date of service first)', path: '/claims?state=submitted' },
    ];
    const rows = [];
    for (const list of lists) {
      const walkStarted = process.hrtime.bigint();
      const after = await cursorOfPage(get, list.path, deepPage);
      const walkSeconds = milliseconds(walkStarted) / 1000;
      const first = await timed(get, `${list.path}&limit=${LIMIT}`, runs);
      const deep = await timed(get, `${list.path}&limit=${LIMIT}&after=${after}`, runs);
      if (first.body.total !== count || deep.body.items.length !== LIMIT) throw new Error(`${list.name}: expected ${count} rows and a full page ${deepPage}`);
      rows.push({ list, first, deep, walkSeconds });
    }

    const machine = machineInfo();
    const [{ version }] = await em.getConnection().execute('select version()');
    const fmt = (ms) => ms.toFixed(1);
    const table = [
      `| list | rows | page 1 median (min–max) ms | page ${deepPage} median (min–max) ms | page ${deepPage} ÷ page 1 |`,
      '|---|---:|---:|---:|---:|',
      ...rows.map(({ list, first, deep }) => `| ${list.name}: \`GET …${list.path}&limit=${LIMIT}\` | ${count.toLocaleString('en-US')} | ${fmt(first.median)} (${fmt(first.min)}–${fmt(first.max)}) | ${fmt(deep.median)} (${fmt(deep.min)}–${fmt(deep.max)}) | ${(deep.median / first.median).toFixed(2)} |`),
    ];
    const met = rows.every(({ first, deep }) => deep.median <= first.median * 1.5);
    const notes = [
      `Each answer carries the total (a count over the whole queue), the same work on every page. Times are over HTTP on 127.0.0.1 with an API key, ${runs} runs after 2 warm-ups, medians.`,
      `Walking to page ${deepPage} by cursors (untimed setup): ${rows.map(({ list, walkSeconds }) => `${list.name.split(' (')[0]} ${walkSeconds.toFixed(1)} s`).join(', ')}.`,
      `Target (page ${deepPage} within 1.5× of page 1): ${met ? 'met' : 'not met'}.`,
    ];
    console.log([...table, '', ...notes].join('\n'));
    if (count === 100_000 && deepPage === 500) {
      writeBenchmarkSection(join(import.meta.dirname, '../../BENCHMARKS.md'), 'api', [
        `## List paging: page 1 and page ${deepPage} of ${count.toLocaleString('en-US')}-row lists over HTTP (PostgreSQL, keyset cursors)`,
        '',
        `Command: \`DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench -- api\`.`,
        `Machine: ${machine.cpu}, ${machine.cores} cores (nproc), ${machine.ramGB} GB RAM, Node ${machine.node}, ${version.split(' on ')[0]}, ${machine.os}; load average at the end ${machine.load} (the machine was shared).`,
        '',
        ...table,
        '',
        ...notes.map((line) => `- ${line}`),
      ].join('\n'));
    }
    return met ? 0 : 1;
  } finally {
    await app.close();
    await database.drop();
  }
}
