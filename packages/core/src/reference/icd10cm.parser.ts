import { ValidationError } from '@openrcm/sdk';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { CodeEntry } from './code-entry';


const LINE = /^([A-Z][0-9A-Z]{2,6})\s+(\S.*?)\s*$/;

/** Parses one line of the CDC "codes" file layout (code, spaces, description); undefined for a blank line. */
export function parseIcd10cmLine(line: string, lineNumber: number): CodeEntry | undefined {
  if (line.trim() === '') return undefined;
  const match = LINE.exec(line.replace(/^\uFEFF/, ''));
  if (!match) {
    throw new ValidationError([{ field: `line ${lineNumber}`, message: 'expected a code (a letter, then 2–6 letters or digits), spaces, a description' }]);
  }
  return { code: match[1] as string, description: match[2] as string };
}

/** Reads a release file (plain or .gz), yielding its codes; throws on the first malformed line or a repeated code. */
export async function* readIcd10cmFile(file: string): AsyncGenerator<CodeEntry> {
  const raw = createReadStream(file);
  const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  const seen = new Set<string>();
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber += 1;
    const entry = parseIcd10cmLine(line, lineNumber);
    if (!entry) continue;
    if (seen.has(entry.code)) throw new ValidationError([{ field: `line ${lineNumber}`, message: `code ${entry.code} appears twice` }]);
    seen.add(entry.code);
    yield entry;
  }
}
