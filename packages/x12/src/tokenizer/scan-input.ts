import type { Readable } from 'node:stream';
import { decodeBytes, isAsciiString, lastAsciiBoundary } from './decode';
import type { DecodedBlock } from './decode';
import type { StreamTokenizeOptions } from './tokenize';
import type { IssueReporter, Tokenizer } from './tokenizer';

/**
 * Bytes decoded at a time from an in-memory input: small enough to stay in the processor's caches
 * between decoding and scanning, and to keep only one block's text besides the bytes.
 */
const BLOCK_BYTES = 1 << 18;

function reportEmpty(tokenizer: Tokenizer, report: IssueReporter): number {
  if (tokenizer.segmentCount === 0) report({ code: 'EMPTY_INPUT', message: 'The input holds no X12 segment', severity: 'error', byteOffset: 0 });
  return tokenizer.segmentCount;
}

/**
 * Number of bytes that decode to `text[0, used)`. Each ASCII character comes from one ASCII byte, in
 * order, and nothing else decodes to ASCII (not even invalid UTF-8, which becomes U+FFFD): when the
 * character before `used` is ASCII, the bytes end just after the matching ASCII byte.
 */
function bytesBefore(bytes: Buffer, text: string, used: number): number {
  if (used === 0) return 0;
  if (text.charCodeAt(used - 1) >= 0x80) return Buffer.byteLength(text.slice(0, used), 'utf8');
  let asciiChars = 0;
  for (let i = 0; i < used; i++) if (text.charCodeAt(i) < 0x80) asciiChars++;
  let b = 0;
  for (; asciiChars > 0; b++) if (bytes[b]! < 0x80) asciiChars--;
  return b;
}

/** Scans one block; returns how many of its bytes were consumed. */
function scanBlock(tokenizer: Tokenizer, bytes: Buffer, base: number, final: boolean, decoded: DecodedBlock = decodeBytes(bytes)): number {
  const { text, ascii } = decoded;
  const used = tokenizer.scan(text, base, ascii, final, bytes);
  if (used >= text.length) return bytes.length;
  return ascii ? used : bytesBefore(bytes, text, used);
}

/**
 * Runs `tokenizer` over an input held in memory, decoding a Buffer block by block (a block ends on
 * an ASCII byte, so no UTF-8 character is cut; a segment cut by the end of a block is read again
 * from the next one). Returns the number of segments read.
 */
export function scanInput(tokenizer: Tokenizer, input: Buffer | string, report: IssueReporter, blockBytes = BLOCK_BYTES): number {
  if (typeof input === 'string') {
    tokenizer.scan(input, 0, isAsciiString(input), true);
    return reportEmpty(tokenizer, report);
  }
  let base = 0;
  let size = blockBytes;
  while (base < input.length) {
    let final = base + size >= input.length;
    let block = input.subarray(base, final ? input.length : base + size);
    if (!final) block = block.subarray(0, lastAsciiBoundary(block));
    let decoded = decodeBytes(block);
    if (!final && !decoded.ascii && Buffer.byteLength(decoded.text, 'utf8') !== block.length) {
      // Invalid UTF-8 decodes to replacement characters of another byte length: read the rest at once.
      final = true;
      block = input.subarray(base);
      decoded = decodeBytes(block);
    }
    const consumed = scanBlock(tokenizer, block, base, final, decoded);
    if (final) break;
    size = consumed === 0 ? size * 2 : blockBytes;
    base += consumed;
  }
  return reportEmpty(tokenizer, report);
}

/**
 * Runs `tokenizer` over a Node `Readable` of bytes with bounded memory: only the incomplete tail
 * segment of each chunk is carried over. Resolves with the number of segments read.
 */
export async function scanReadable(tokenizer: Tokenizer, stream: Readable, report: IssueReporter, options: StreamTokenizeOptions = {}): Promise<number> {
  const maxCarry = options.maxSegmentBytes ?? 1 << 20;
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
  return reportEmpty(tokenizer, report);
}
