import { ValidationError } from '@openrcm/sdk';

/** A sort key value as a cursor carries it (timestamps as ISO 8601 strings). */
export type CursorValue = string | number | boolean | null;

/** What a cursor value must look like to be compared with its column (so a doctored cursor is a 400, not a SQL error). */
export type CursorValueKind = 'text' | 'uuid' | 'timestamp' | 'date' | 'number' | 'boolean';

/** One key of a keyset order: a name (in the cursor's signature), its direction and where NULLs sort. */
export interface CursorKey {
  readonly name: string;
  readonly direction: 'asc' | 'desc';
  readonly nullable: boolean;
  /** Where NULLs sort; PostgreSQL's default is last when ascending, first when descending. */
  readonly nullsFirst: boolean;
  readonly kind: CursorValueKind;
  /** An extra check of a value (an enum a custom type maps); returns a message when it is refused. */
  readonly refuse?: (value: CursorValue) => string | undefined;
}

interface CursorBody {
  /** The order it was made for. */
  readonly s: string;
  /** The last row's value of each key, in order. */
  readonly v: CursorValue[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The order a cursor belongs to, e.g. `createdAt:desc,id:asc`. */
export function signatureOf(keys: readonly CursorKey[]): string {
  return keys.map((key) => `${key.name}:${key.direction}`).join(',');
}

/** A row's key values as a cursor value (a Date as its ISO 8601 instant). */
export function cursorValueOf(value: unknown): CursorValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  throw new Error(`a ${typeof value} cannot be a keyset sort key`);
}

/** The opaque cursor of the row whose key values are `values`: base64url JSON of the order and the values. */
export function encodeCursor(keys: readonly CursorKey[], values: readonly CursorValue[]): string {
  const body: CursorBody = { s: signatureOf(keys), v: [...values] };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

function refused(message: string): ValidationError {
  return new ValidationError([{ field: 'after', message }]);
}

/**
 * The key values of the cursor `after`, checked against the order `keys`: a cursor that does not decode, was made for
 * another order, or carries a value its column cannot hold is a ValidationError on `after`.
 */
export function decodeCursor(after: string, keys: readonly CursorKey[]): CursorValue[] {
  let body: unknown;
  try {
    body = /^[A-Za-z0-9_-]+$/.test(after) ? JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) : undefined;
  } catch {
    body = undefined;
  }
  if (!isBody(body) || body.v.length !== keys.length) throw refused('not a cursor of this list; pass the nextCursor of the previous page');
  const signature = signatureOf(keys);
  if (body.s !== signature) throw refused(`the cursor was made for another sort (${body.s}); this request sorts by ${signature}. Start again without after`);
  keys.forEach((key, index) => {
    const problem = problemOf(key, body.v[index] ?? null);
    if (problem) throw refused(`the cursor's ${key.name} ${problem}`);
  });
  return body.v;
}

function isBody(body: unknown): body is CursorBody {
  if (typeof body !== 'object' || body === null) return false;
  const { s, v } = body as Record<string, unknown>;
  return typeof s === 'string' && Array.isArray(v) && v.every((value) => value === null || ['string', 'number', 'boolean'].includes(typeof value));
}

function problemOf(key: CursorKey, value: CursorValue): string | undefined {
  if (value === null) return key.nullable ? undefined : 'cannot be null';
  switch (key.kind) {
    case 'uuid':
      if (typeof value !== 'string' || !UUID.test(value)) return 'is not a UUID';
      break;
    case 'timestamp':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return 'is not an ISO 8601 instant';
      break;
    case 'date':
      if (typeof value !== 'string' || !DATE.test(value)) return 'is not a calendar date';
      break;
    case 'number':
      if (typeof value !== 'number' && !(typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))) return 'is not a number';
      break;
    case 'boolean':
      if (typeof value !== 'boolean') return 'is not true or false';
      break;
    case 'text':
      if (typeof value !== 'string') return 'is not text';
      break;
  }
  return key.refuse?.(value);
}
