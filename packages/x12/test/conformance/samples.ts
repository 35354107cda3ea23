import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The shared corpus: `../../../shared/x12-samples` relative to packages/x12 (never copied into the repository). */
export const SAMPLES_DIR = resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'x12-samples');

if (!existsSync(join(SAMPLES_DIR, 'SOURCES.md'))) {
  throw new Error(`X12 conformance corpus not found at ${SAMPLES_DIR} (expected ../shared/x12-samples with SOURCES.md): the conformance suite cannot run without it`);
}

/** Reads one sample file (path relative to the corpus). */
export function sample(path: string): Buffer {
  return readFileSync(join(SAMPLES_DIR, path));
}

/** Every `.x12` file of the corpus, relative paths, sorted. */
export function allSamples(dir = SAMPLES_DIR): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...allSamples(full));
    else if (name.endsWith('.x12')) out.push(relative(SAMPLES_DIR, full));
  }
  return out.sort();
}

/** Transaction type of a sample, from its ST01 and GS08 (277CA when X214). */
export function transactionType(bytes: Buffer): string {
  const text = bytes.toString('latin1');
  const st = /ST.(\d{3})/.exec(text)?.[1] ?? 'unknown';
  return st === '277' && text.includes('X214') ? '277CA' : st === '837' ? '837P' : st;
}
