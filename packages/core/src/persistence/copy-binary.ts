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

function uuidField(column: string): BinaryField {
  return {
    most: () => 16,
    write(target, offset, value) {
      const text = String(value);
      if (text.length !== 36) throw notOfType(column, value, 'a uuid');
      let at = offset;
      for (let index = 0; index < 36; index += 2) {
        if (index === 8 || index === 13 || index === 18 || index === 23) {
          if (text.charCodeAt(index) !== 0x2d) throw notOfType(column, value, 'a uuid');
          index -= 1;
          continue;
        }
        const high = hexDigit(text.charCodeAt(index));
        const low = hexDigit(text.charCodeAt(index + 1));
        if (high < 0 || low < 0) throw notOfType(column, value, 'a uuid');
        target[at] = (high << 4) | low;
        at += 1;
      }
      return 16;
    },
  };
}

function hexDigit(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  return -1;
}

/** UTF-8 text, after `prefix` bytes of version (jsonb's 1). */
function textField(column: string, prefix: 0 | 1, toText: (value: unknown) => string = String): BinaryField {
  return {
    most: (value) => prefix + toText(value).length * 3,
    write(target, offset, value) {
      const text = toText(value);
      if (text.includes('\0')) throw notOfType(column, value, 'text without NUL characters');
      if (prefix === 1) target[offset] = 1;
      return prefix + target.write(text, offset + prefix, 'utf8');
    },
  };
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

function bigintField(column: string): BinaryField {
  return {
    most: () => 8,
    write(target, offset, value) {
      let number: bigint;
      try {
        number = BigInt(value as string | number | bigint);
      } catch {
        throw notOfType(column, value, 'a 64-bit integer');
      }
      if (number < -(2n ** 63n) || number >= 2n ** 63n) throw notOfType(column, value, 'a 64-bit integer');
      target.writeBigInt64BE(number, offset);
      return 8;
    },
  };
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
