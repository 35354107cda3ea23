import { randomFillSync } from 'node:crypto';

/** Random bytes drawn in blocks (ten per id). */
const pool = Buffer.alloc(10 * 512);
let poolOffset = pool.length;
/** The id's text, rewritten for each id; its dashes never move. */
const text = Buffer.from('00000000-0000-7000-8000-000000000000', 'latin1');
const HEX = Buffer.from('0123456789abcdef', 'latin1');
/** Where the two hex digits of each of the 16 bytes go in the text. */
const DIGITS = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];
const bytes = Buffer.alloc(16);

/**
 * A version 7 UUID (RFC 9562): the Unix time in milliseconds (48 bits), the version, 74 random bits and the variant.
 * Ids made one after another sort together, so the indexes of rows inserted in bulk grow at their end instead of at
 * random places all over them. The text is written into a buffer and read as one string (no pieces to collect).
 */
export function timeOrderedUuid(): string {
  if (poolOffset + 10 > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const now = Date.now();
  bytes.writeUInt16BE(Math.floor(now / 0x1_0000_0000), 0);
  bytes.writeUInt32BE(now % 0x1_0000_0000, 2);
  pool.copy(bytes, 6, poolOffset, poolOffset + 10);
  poolOffset += 10;
  bytes[6] = 0x70 | ((bytes[6] as number) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] as number) & 0x3f);
  for (let index = 0; index < 16; index += 1) {
    const byte = bytes[index] as number;
    const at = DIGITS[index] as number;
    text[at] = HEX[byte >> 4] as number;
    text[at + 1] = HEX[byte & 0x0f] as number;
  }
  return text.toString('latin1');
}
