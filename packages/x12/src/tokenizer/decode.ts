import { isAscii } from 'node:buffer';

/** Decoded text of a byte block and whether every character is a single byte. */
export interface DecodedBlock {
  text: string;
  ascii: boolean;
}

/** Decodes bytes: latin1 (fast, one char per byte) when all ASCII, UTF-8 otherwise. */
export function decodeBytes(bytes: Buffer): DecodedBlock {
  if (isAscii(bytes)) return { text: bytes.toString('latin1'), ascii: true };
  return { text: bytes.toString('utf8'), ascii: false };
}

/** True when a JS string holds only 7-bit characters. */
export function isAsciiString(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[^\x00-\x7f]/.test(text);
}

/**
 * Index just past the last ASCII byte of `bytes` (an ASCII byte never sits inside a UTF-8
 * sequence, so cutting there never splits a character). Returns 0 when there is none.
 */
export function lastAsciiBoundary(bytes: Buffer): number {
  for (let i = bytes.length - 1; i >= 0; i--) if (bytes[i]! < 0x80) return i + 1;
  return 0;
}
