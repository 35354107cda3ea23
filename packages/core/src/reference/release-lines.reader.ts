import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

/** One line of a release file with its 1-based number. */
export interface NumberedLine {
  readonly text: string;
  readonly lineNumber: number;
}

/**
 * Reads a release file line by line (plain or `.gz`), numbering every line including blank ones so errors name the
 * line a person sees in an editor; a leading byte-order mark is dropped. CMS fixed-width files are Latin-1, where one
 * byte is one column.
 */
export async function* readReleaseLines(file: string, encoding: 'utf8' | 'latin1' = 'utf8'): AsyncGenerator<NumberedLine> {
  const raw = createReadStream(file);
  const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  input.setEncoding(encoding);
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber += 1;
    yield { text: lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line, lineNumber };
  }
}
