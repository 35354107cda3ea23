/** One line of a file, numbered from 1, as bytes without its line break. */
export interface ByteLine {
  readonly number: number;
  readonly bytes: Buffer;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * The lines of a file: split at LF or CRLF; the final line break is optional (a file that ends with one has no empty
 * last line). An empty file has no lines.
 */
export function linesOf(content: Uint8Array): ByteLine[] {
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const lines: ByteLine[] = [];
  let start = 0;
  while (start < bytes.length) {
    const end = bytes.indexOf(LF, start);
    const stop = end < 0 ? bytes.length : end;
    const line = bytes.subarray(start, stop > start && bytes[stop - 1] === CR ? stop - 1 : stop);
    lines.push({ number: lines.length + 1, bytes: line });
    if (end < 0) break;
    start = end + 1;
  }
  return lines;
}

/** Records joined with CRLF, the file ending with one. */
export function fileOf(records: readonly string[]): string {
  return records.map((record) => `${record}\r\n`).join('');
}
