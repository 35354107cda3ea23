// The x12 benchmark: parse throughput of @openrcm/x12 against npm peers and a bare split, 837P
// generation, and a streaming parse of a 1 GB 835. Writes BENCHMARKS.md (or, with --quick, a smoke
// report under bench/out). Options: --quick, --runs N, --large-mb N, --out FILE; for iterating on one
// measurement: --kind 835|837, --sizes 1,10, --parsers read835,x12-parser (names containing any of
// these), --parse-only (no generation or streaming). A run narrowed by any of these prints its
// table and ratios instead of writing a report.
import { rmSync, writeFileSync } from 'node:fs';
import { writeBenchmarkSection } from '../benchmarks-file.mjs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runChild } from './child.runner.mjs';
import { ensureCorpus, generateLarge835, MB } from './corpus.generator.mjs';
import { machineInfo } from './machine.info.mjs';
import { PARSERS } from './parsers.adapter.mjs';
import { renderReport } from './report.writer.mjs';
import { median, summarize } from './stats.util.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const benchDir = resolve(here, '..');
const outDir = join(benchDir, 'out');
const log = (line) => process.stderr.write(`[x12 bench] ${line}\n`);

function options(args) {
  const { values } = parseArgs({ args, options: {
    quick: { type: 'boolean', default: false }, runs: { type: 'string' }, 'large-mb': { type: 'string' }, out: { type: 'string' },
    kind: { type: 'string' }, sizes: { type: 'string' }, parsers: { type: 'string' }, 'parse-only': { type: 'boolean', default: false },
  } });
  const quick = values.quick;
  const narrowed = values.kind !== undefined || values.sizes !== undefined || values.parsers !== undefined || values['parse-only'];
  return {
    quick,
    narrowed,
    kinds: values.kind ? values.kind.split(',') : ['835', '837'],
    parserNames: values.parsers ? values.parsers.split(',') : undefined,
    parseOnly: values['parse-only'],
    runs: Number(values.runs ?? (quick ? 3 : 5)),
    sizesMB: values.sizes ? values.sizes.split(',').map(Number) : quick ? [1, 10] : [1, 10, 100],
    largeMB: Number(values['large-mb'] ?? (quick ? 50 : 1000)),
    generationClaims: quick ? 20000 : 100000,
    out: resolve(values.out ?? (quick ? join(outDir, 'BENCHMARKS.quick.md') : join(benchDir, '..', 'BENCHMARKS.md'))),
  };
}

function parseFile(file, warmup, o) {
  const rows = [];
  for (const [name, parser] of Object.entries(PARSERS)) {
    if (!parser.kinds.includes(file.kind)) continue;
    if (o.parserNames && !o.parserNames.some((n) => name.includes(n))) continue;
    const runs = parser.peer && file.sizeMB >= 100 ? 1 : o.runs;
    const results = [];
    for (let i = 0; i < runs; i++) {
      const r = runChild(join(here, 'parse.worker.mjs'), [name, file.path, file.kind, warmup], { timeoutMs: 300_000 });
      results.push(r);
      if (r.failure) break;
    }
    const row = { parser: name, ours: !!parser.ours, peer: !!parser.peer, bare: !!parser.bare, ...summarize(results, file.manifest) };
    log(`${file.kind} ${file.sizeMB} MB ${name}: ${row.failure ?? `${row.mbPerS.toFixed(1)} MB/s, ${row.maxRssMB.toFixed(0)} MB RSS${row.correct ? '' : ', WRONG RESULT'}`}`);
    rows.push(row);
  }
  return rows;
}

function generation(o) {
  const r = runChild(join(here, 'generate-837p.worker.mjs'), [String(o.generationClaims), String(o.runs)]);
  if (r.failure) return r;
  const ms = median(r.runsMs);
  log(`837P generation: ${Math.round(r.claims / (ms / 1000))} claims/s`);
  return { ...r, ms, claimsPerS: r.claims / (ms / 1000), mbPerS: r.bytes / 1e6 / (ms / 1000) };
}

async function streaming(o) {
  const path = join(outDir, `x12-835-stream-${o.largeMB}mb.edi`);
  const started = Date.now();
  const manifest = await generateLarge835(path, o.largeMB * MB);
  const generatedS = (Date.now() - started) / 1000;
  log(`generated ${path} (${(manifest.bytes / MB).toFixed(0)} MB) in ${generatedS.toFixed(0)} s`);
  try {
    const runs = [];
    for (let i = 0; i < o.runs; i++) runs.push(runChild(join(here, 'stream-835.worker.mjs'), [path], { timeoutMs: 900_000 }));
    const summary = summarize(runs, manifest);
    log(`streaming ${o.largeMB} MB: ${summary.failure ?? `${summary.mbPerS.toFixed(1)} MB/s, peak RSS ${summary.maxRssMB.toFixed(0)} MB`}`);
    return { ...summary, bytes: manifest.bytes, claims: manifest.claims, segments: manifest.segments, generatedS, maxRssAllMB: Math.max(...runs.map((r) => r.maxRssMB ?? 0)) };
  } finally {
    rmSync(path, { force: true });
  }
}

/** Prints each file's rows with the ratio of the first openrcm parser to every other row. */
function printRatios(parse) {
  for (const entry of parse) {
    const ours = entry.rows.find((r) => r.ours && !r.failure);
    process.stdout.write(`${entry.kind} ${entry.sizeMB} MB\n`);
    for (const r of entry.rows) {
      const versus = ours && !r.failure && r !== ours ? `  ${ours.parser} ÷ this ${(ours.mbPerS / r.mbPerS).toFixed(2)}×` : '';
      process.stdout.write(`  ${r.parser.padEnd(28)} ${r.failure ?? `${r.mbPerS.toFixed(1).padStart(6)} MB/s ${r.maxRssMB.toFixed(0).padStart(5)} MB RSS ${r.correct ? 'right' : 'WRONG'}`}${versus}\n`);
    }
  }
}

/** Entry point used by bench/run.mjs; returns the process exit code. */
export async function runSuite(args) {
  const o = options(args);
  const machine = machineInfo();
  const startedAt = new Date();
  log(`${o.quick ? 'quick' : 'full'} run, ${o.runs} runs per measurement, report to ${o.out}`);
  const files = await ensureCorpus(outDir, [...new Set([1, ...o.sizesMB])], log, o.kinds);
  const parse = files.filter((file) => o.sizesMB.includes(file.sizeMB)).map((file) => {
    const warmup = files.find((f) => f.kind === file.kind && f.sizeMB === 1).path;
    return { kind: file.kind, sizeMB: file.sizeMB, manifest: file.manifest, rows: parseFile(file, warmup, o) };
  });
  if (o.narrowed) {
    if (!o.parseOnly) log('narrowed run: generation and streaming are only measured by a full or --quick run');
    printRatios(parse);
    return 0;
  }
  const gen = generation(o);
  const stream = await streaming(o);
  const results = { startedAt: startedAt.toISOString(), minutes: (Date.now() - startedAt.getTime()) / 60000, machine, loadAtEnd: machineInfo().load, options: o, parse, generation: gen, streaming: stream };
  writeFileSync(join(outDir, o.quick ? 'x12-results.quick.json' : 'x12-results.json'), JSON.stringify(results, null, 2));
  writeBenchmarkSection(o.out, 'x12', renderReport(results));
  log(`wrote ${o.out} in ${results.minutes.toFixed(1)} min`);
  return 0;
}
