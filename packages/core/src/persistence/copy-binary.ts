/**
 * Column values in PostgreSQL's binary COPY format (https://www.postgresql.org/docs/15/sql-copy.html, "Binary Format"),
 * for the column types bulk rows carry. The database then stores the bytes as they come, where the text format has it
 * parse every uuid, number and timestamp back from its text: posting a remittance waits on the database, not on Node,
 * so the conversion is better done here.
 */

/** How one column's non-null value is written: at most how many bytes, and writing them (returns how many it wrote). */
export interface BinaryField {
  most(value: unknown): number;
  write(target: Buffer, offset: number, value: unknown): number;
}

/** The signature, flags (none) and header extension length (none) that open binary COPY data. */
export const BINARY_HEADER: Buffer = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)]);

/** The field count −1 that closes it. */
export const BINARY_TRAILER: Buffer = Buffer.from([0xff, 0xff]);

/** PostgreSQL counts timestamps and dates from 2000-01-01 UTC. */
const POSTGRES_EPOCH_MS = Date.UTC(2000, 0, 1);
const DAY_MS = 86_400_000;
const TWO_32 = 0x1_0000_0000;

/**
 * The binary writer of a column of SQL type `columnType` (as the ORM names it), or null for a type written only as
 * text (numeric, arrays, bytea…). `column` names the column in the errors a value that is not of its type raises.
 */
export function binaryFieldOf(columnType: string, column: string): BinaryField | null {
  const type = columnType.toLowerCase();
  if (type === 'uuid') return uuidField(column);
  if (type === 'text' || type.startsWith('varchar') || type.startsWith('character varying')) return textField(column, 0);
  if (type === 'json') return textField(column, 0, json);
  if (type === 'jsonb') return textField(column, 1, json);
  if (type === 'int' || type === 'integer' || type === 'int4') return integerField(column, 4, -0x8000_0000, 0x7fff_ffff);
  if (type === 'smallint' || type === 'int2') return integerField(column, 2, -0x8000, 0x7fff);
  if (type === 'bigint' || type === 'int8') return bigintField(column);
  if (type === 'boolean' || type === 'bool') return booleanField(column);
  if (type.startsWith('timestamptz')) return timestampField(column);
  if (type === 'date') return dateField(column);
  return null;
}

/** Each ASCII character's hex digit value, −1 for a character that is not one. */
const HEX_DIGITS: Int8Array = (() => {
  const digits = new Int8Array(128).fill(-1);
  for (let digit = 0; digit < 16; digit += 1) {
    digits[digit.toString(16).charCodeAt(0)] = digit;
    digits[digit.toString(16).toUpperCase().charCodeAt(0)] = digit;
  }
  return digits;
})();

/** Where each of a uuid's 16 bytes starts in its text (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`). */
const UUID_BYTE_AT: readonly number[] = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];

/** The value of the hex digit at `index` of `text`, −1 when it is not one. */
function hexDigitAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code < 128 ? (HEX_DIGITS[code] as number) : -1;
}

function uuidField(column: string): BinaryField {
  return {
    most: () => 16,
    write(target, offset, value) {
      const text = String(value);
      if (text.length !== 36 || text[8] !== '-' || text[13] !== '-' || text[18] !== '-' || text[23] !== '-') throw notOfType(column, value, 'a uuid');
      let digits = 0;
      for (let byte = 0; byte < 16; byte += 1) {
        const at = UUID_BYTE_AT[byte] as number;
        const high = hexDigitAt(text, at);
        const low = hexDigitAt(text, at + 1);
        digits |= high | low;
        target[offset + byte] = (high << 4) | low;
      }
      // A character that is not a hex digit made `digits` negative (the bytes written are not used then).
      if (digits < 0) throw notOfType(column, value, 'a uuid');
      return 16;
    },
  };
}

/** How long a text is written byte by byte while it is ASCII; longer text, or text that is not, by Node's UTF-8 encoder. */
const SHORT_TEXT = 64;

/** UTF-8 text, after `prefix` bytes of version (jsonb's 1). */
function textField(column: string, prefix: 0 | 1, toText: (value: unknown) => string = String): BinaryField {
  return {
    most: (value) => prefix + toText(value).length * 3,
    write(target, offset, value) {
      const text = toText(value);
      const start = offset + prefix;
      if (prefix === 1) target[offset] = 1;
      if (text.length <= SHORT_TEXT && writeAscii(target, start, text)) return prefix + text.length;
      if (text.includes('\0')) throw notOfType(column, value, 'text without NUL characters');
      return prefix + target.write(text, start, 'utf8');
    },
  };
}

/** Writes `text` at `offset` a byte per character when every character is ASCII other than NUL; false (bytes left to overwrite) when one is not. */
function writeAscii(target: Buffer, offset: number, text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0 || code > 0x7f) return false;
    target[offset + index] = code;
  }
  return true;
}

/** A JSON column's text: the ORM's conversion has made it already, else the value is serialized here. */
function json(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function integerField(column: string, bytes: 2 | 4, least: number, most: number): BinaryField {
  return {
    most: () => bytes,
    write(target, offset, value) {
      const number = typeof value === 'number' ? value : Number(value);
      if (!Number.isInteger(number) || number < least || number > most) throw notOfType(column, value, `a ${bytes * 8}-bit integer`);
      if (bytes === 4) target.writeInt32BE(number, offset);
      else target.writeInt16BE(number, offset);
      return bytes;
    },
  };
}

const INT64_LEAST = -(2n ** 63n);
const INT64_MOST = 2n ** 63n - 1n;

/** A safe integer as two 32-bit halves; a larger value (a bigint, or text of more digits) through BigInt. */
function bigintField(column: string): BinaryField {
  return {
    most: () => 8,
    write(target, offset, value) {
      const small = typeof value === 'number' ? value : shortDecimal(value);
      if (Number.isSafeInteger(small)) {
        const high = Math.floor(small / TWO_32);
        target.writeInt32BE(high, offset);
        target.writeUInt32BE(small - high * TWO_32, offset + 4);
        return 8;
      }
      let number: bigint;
      try {
        number = BigInt(value as string | number | bigint);
      } catch {
        throw notOfType(column, value, 'a 64-bit integer');
      }
      if (number < INT64_LEAST || number > INT64_MOST) throw notOfType(column, value, 'a 64-bit integer');
      target.writeBigInt64BE(number, offset);
      return 8;
    },
  };
}

/** The value of text that is an optional minus and 1 to 15 decimal digits (how the ORM hands over a bigint), else NaN. */
function shortDecimal(value: unknown): number {
  if (typeof value !== 'string') return Number.NaN;
  const negative = value.charCodeAt(0) === 0x2d;
  const start = negative ? 1 : 0;
  if (value.length === start || value.length - start > 15) return Number.NaN;
  let number = 0;
  for (let index = start; index < value.length; index += 1) {
    const digit = value.charCodeAt(index) - 0x30;
    if (digit < 0 || digit > 9) return Number.NaN;
    number = number * 10 + digit;
  }
  return negative ? -number : number;
}

function booleanField(column: string): BinaryField {
  return {
    most: () => 1,
    write(target, offset, value) {
      if (value !== true && value !== false && value !== 'true' && value !== 'false') throw notOfType(column, value, 'a boolean');
      target[offset] = value === true || value === 'true' ? 1 : 0;
      return 1;
    },
  };
}

/** Microseconds since 2000-01-01 UTC, a 64-bit integer (written as two 32-bit halves: JavaScript's milliseconds × 1,000 stay exact). */
function timestampField(column: string): BinaryField {
  return {
    most: () => 8,
    write(target, offset, value) {
      const time = value instanceof Date ? value.getTime() : new Date(String(value)).getTime();
      if (Number.isNaN(time)) throw notOfType(column, value, 'a timestamp');
      const micros = (time - POSTGRES_EPOCH_MS) * 1000;
      const high = Math.floor(micros / TWO_32);
      target.writeInt32BE(high, offset);
      target.writeUInt32BE(micros - high * TWO_32, offset + 4);
      return 8;
    },
  };
}

/** Days since 2000-01-01, a 32-bit integer, from a calendar date `YYYY-MM-DD` that exists. */
function dateField(column: string): BinaryField {
  return {
    most: () => 4,
    write(target, offset, value) {
      const text = String(value);
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
      if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== text) throw notOfType(column, value, 'a calendar date (YYYY-MM-DD)');
      target.writeInt32BE((time - POSTGRES_EPOCH_MS) / DAY_MS, offset);
      return 4;
    },
  };
}

function notOfType(column: string, value: unknown, what: string): Error {
  const shown = typeof value === 'string' ? `'${value.length > 60 ? `${value.slice(0, 60)}…` : value}'` : String(value);
  return new Error(`${column}: ${shown} is not ${what}`);
}
