import type { Readable } from 'node:stream';
import { decodeBytes, isAsciiString, lastAsciiBoundary } from './decode';
import type { IssueReporter } from './tokenizer';
import { Tokenizer } from './tokenizer';
import type { SegmentSink } from './segment';

/** Options for {@link tokenizeStream}. */
export interface StreamTokenizeOptions {
  /** Largest segment accepted, in bytes, before reading stops with `SEGMENT_TOO_LONG` (bounds memory). Default 1 MiB. */
  maxSegmentBytes?: number;
}

/**
 * Tokenizes an X12 file held in memory (the fast path). Segments go to `sink` in order; findings
 * to `report`. Returns the number of segments read.
 */
export function tokenize(input: Buffer | string, sink: SegmentSink, report: IssueReporter): number {
  const tokenizer = new Tokenizer(sink, report);
  if (typeof input === 'string') {
    tokenizer.scan(input, 0, isAsciiString(input), true);
  } else {
    const { text, ascii } = decodeBytes(input);
    tokenizer.scan(text, 0, ascii, true);
  }
  if (tokenizer.segmentCount === 0) report({ code: 'EMPTY_INPUT', message: 'The input holds no X12 segment', severity: 'error', byteOffset: 0 });
  return tokenizer.segmentCount;
}

/**
 * Tokenizes a Node `Readable` of bytes with bounded memory: only the incomplete tail segment of
 * each chunk is carried over. Resolves with the number of segments read.
 */
export async function tokenizeStream(
  stream: Readable,
  sink: SegmentSink,
  report: IssueReporter,
  options: StreamTokenizeOptions = {},
): Promise<number> {
  const maxCarry = options.maxSegmentBytes ?? 1 << 20;
  const tokenizer = new Tokenizer(sink, report);
  let carry: Buffer | undefined;
  let base = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    const block = carry && carry.length ? Buffer.concat([carry, bytes]) : bytes;
    const cut = lastAsciiBoundary(block);
    const consumed = scanBlock(tokenizer, block.subarray(0, cut), base, false);
    carry = block.subarray(consumed);
    base += consumed;
    if (carry.length > maxCarry) {
      report({ code: 'SEGMENT_TOO_LONG', message: `No segment terminator within ${maxCarry} bytes; reading stopped`, severity: 'error', byteOffset: base });
      stream.destroy();
      return tokenizer.segmentCount;
    }
  }
  if (carry && carry.length) scanBlock(tokenizer, carry, base, true);
  if (tokenizer.segmentCount === 0) report({ code: 'EMPTY_INPUT', message: 'The input holds no X12 segment', severity: 'error', byteOffset: 0 });
  return tokenizer.segmentCount;
}

/** Scans one block; returns how many of its bytes were consumed. */
function scanBlock(tokenizer: Tokenizer, bytes: Buffer, base: number, final: boolean): number {
  const { text, ascii } = decodeBytes(bytes);
  const used = tokenizer.scan(text, base, ascii, final);
  if (used >= text.length) return bytes.length;
  return bytes.length - (ascii ? text.length - used : Buffer.byteLength(text.slice(used), 'utf8'));
}
