import type { CursorKey, CursorValue } from './page-cursor';

/** One comparison of a key with its cursor value. */
export interface KeyComparison {
  readonly key: number;
  readonly op: '>' | '<' | '>=' | '<=' | '=' | 'is null' | 'is not null';
  readonly value: CursorValue;
}

/**
 * The rows after the cursor row in the order `keys`, as `bound and (any of the conjunctions)`: for each key, the
 * earlier keys equal and this one past its value (NULLs where the order puts them). `bound` repeats what the first
 * key allows as a plain range (`created_at <= ?`) so an index on the order starts the scan at the cursor: page N
 * costs what page 1 does.
 */
export interface Keyset {
  readonly bound: readonly KeyComparison[];
  readonly anyOf: readonly (readonly KeyComparison[])[];
}

export function keysetOf(keys: readonly CursorKey[], values: readonly CursorValue[]): Keyset {
  const anyOf: KeyComparison[][] = [];
  const equal: KeyComparison[] = [];
  keys.forEach((key, index) => {
    const value = values[index] ?? null;
    for (const past of pastOf(key, index, value)) anyOf.push([...equal, past]);
    equal.push(value === null ? { key: index, op: 'is null', value } : { key: index, op: '=', value });
  });
  return { bound: keys[0] ? boundOf(keys[0], values[0] ?? null) : [], anyOf };
}

/** The ways a row's key can sort after `value` (each a comparison; none when nothing sorts after it). */
function pastOf(key: CursorKey, index: number, value: CursorValue): KeyComparison[] {
  if (value === null) return key.nullsFirst ? [{ key: index, op: 'is not null', value }] : [];
  const strict: KeyComparison = { key: index, op: key.direction === 'asc' ? '>' : '<', value };
  return key.nullable && !key.nullsFirst ? [strict, { key: index, op: 'is null', value }] : [strict];
}

function boundOf(key: CursorKey, value: CursorValue): KeyComparison[] {
  if (value === null) return key.nullsFirst ? [] : [{ key: 0, op: 'is null', value }];
  if (key.nullable && !key.nullsFirst) return []; // NULLs follow: not one range
  return [{ key: 0, op: key.direction === 'asc' ? '>=' : '<=', value }];
}

/** A SQL sort key: the expression, and the column the selected rows carry its value in. */
export interface SqlCursorKey extends CursorKey {
  readonly sql: string;
  readonly column: string;
}

/** The SQL order of `keys`, with NULLs placed explicitly so the keyset predicate and the order agree. */
export function sqlOrderOf(keys: readonly SqlCursorKey[]): string {
  return keys.map((key) => `${key.sql} ${key.direction} nulls ${key.nullsFirst ? 'first' : 'last'}`).join(', ');
}

/** The keyset predicate as SQL with `?` parameters. */
export function keysetSql(keys: readonly SqlCursorKey[], values: readonly CursorValue[]): { sql: string; parameters: unknown[] } {
  const keyset = keysetOf(keys, values);
  const parameters: unknown[] = [];
  const comparison = (part: KeyComparison): string => {
    const sql = (keys[part.key] as SqlCursorKey).sql;
    if (part.op === 'is null' || part.op === 'is not null') return `${sql} ${part.op}`;
    parameters.push(part.value);
    return `${sql} ${part.op} ?`;
  };
  const bound = keyset.bound.map(comparison);
  const anyOf = keyset.anyOf.map((all) => `(${all.map(comparison).join(' and ')})`);
  return { sql: `(${[...bound, `(${anyOf.join(' or ') || 'false'})`].join(' and ')})`, parameters };
}
