import { createReadStream, createWriteStream, openSync, readSync, closeSync } from 'node:fs';
import type { Writable } from 'node:stream';

/** Where commands write: stdout/stderr by default, replaceable in tests. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Standard process output. */
export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Reads the first bytes of a file to find its transaction type (ST01, `277CA` when X214). */
export function sniffTransactionType(path: string): string | undefined {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(8192);
    const n = readSync(fd, head, 0, head.length, 0);
    const text = head.subarray(0, n).toString('latin1');
    const match = /(?:^|[^A-Z0-9])ST(.)(\d{3})\1/.exec(text);
    if (!match) return undefined;
    return match[2] === '277' && text.includes('X214') ? '277CA' : match[2];
  } finally {
    closeSync(fd);
  }
}

/** A read stream with large chunks for fast streaming parses. */
export function openRead(path: string) {
  return createReadStream(path, { highWaterMark: 1 << 20 });
}

/** An output stream to a file, or stdout when no path is given. */
export function openWrite(path: string | undefined): Writable {
  return path ? createWriteStream(path) : process.stdout;
}

/** Writes text to a stream, waiting for drain when needed. */
export async function writeChunk(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}

/** Ends a file stream (stdout is left open) and waits until it is flushed. */
export async function finish(stream: Writable): Promise<void> {
  if (stream === process.stdout) return;
  await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
}
