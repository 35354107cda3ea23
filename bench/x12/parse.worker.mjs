// Child process: parses one file with one parser and prints one JSON line
// { ms, segments, sumCents, errors, maxRssMB }. Usage: node parse.worker.mjs <parser> <file> <kind> [warmupFile]
// The warm-up parses a small file of the same kind twice first so that JIT compilation is not timed.
import { readFileSync } from 'node:fs';
import { PARSERS } from './parsers.adapter.mjs';

const [name, file, kind, warmupFile] = process.argv.slice(2);
const parser = PARSERS[name];
if (!parser) throw new Error(`unknown parser ${name}`);

if (warmupFile) {
  const small = readFileSync(warmupFile);
  for (let i = 0; i < 2; i++) await parser.run(small, kind);
}
const bytes = readFileSync(file);
const started = process.hrtime.bigint();
const result = await parser.run(bytes, kind);
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(`${JSON.stringify({ ms, ...result, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
