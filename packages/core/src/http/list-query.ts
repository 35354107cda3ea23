import type { EntityMetadata, EntityProperty, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationError } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { keysetOf, keysetSql, sqlOrderOf, type KeyComparison, type SqlCursorKey } from './keyset';
import { cursorValueOf, decodeCursor, encodeCursor, type CursorKey, type CursorValue, type CursorValueKind } from './page-cursor';
import { queryAll } from '../persistence/query-all';

/** The largest page a list endpoint returns. */
export const MAX_PAGE_SIZE = 200;

/**
 * Query parameters every list endpoint takes: `limit` (1–200, default 50), `sort`, a comma-separated list of fields,
 * each descending when prefixed with `-` (`sort=-dateOfService,lastName`), and `after`, the `nextCursor` of the
 * previous page (keyset paging: page N costs what page 1 does). Endpoints add their own filters by extending
 * {@link listQuerySchema}.
 */
export const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  sort: z.string().trim().min(1).optional(),
  after: z.string().trim().min(1).max(4096).optional().describe('the nextCursor of the previous page, with the same sort and filters'),
});

/** The paging and sorting part of a list request. */
export type ListQuery = z.infer<typeof listQuerySchema>;

/** The DTO of a list endpoint with no filters of its own. */
export class ListQueryDto extends createZodDto(listQuerySchema) {}

/**
 * One page of a list: the items, the total matching the filters, the page size, and the cursor of the next page
 * (null on the last page).
 */
export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly limit: number;
  readonly nextCursor: string | null;
}

/**
 * Parses `sort` against the fields an endpoint allows (mapping each to an entity property) and appends `fallback`
 * so pages are stable. An unknown field is a ValidationError on `sort` naming it and the allowed ones.
 */
export function orderByOf<T>(sort: string | undefined, allowed: Readonly<Record<string, string>>, fallback: QueryOrderMap<T>): QueryOrderMap<T>[] {
  const order: QueryOrderMap<T>[] = [];
  for (const raw of (sort ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    const descending = raw.startsWith('-');
    const field = descending ? raw.slice(1) : raw;
    const property = allowed[field];
    if (!property) {
      throw new ValidationError([{ field: 'sort', message: `'${field}' is not sortable; sort by ${Object.keys(allowed).join(', ')}` }]);
    }
    order.push({ [property]: descending ? 'desc' : 'asc' } as QueryOrderMap<T>);
  }
  return [...order, fallback];
}

/**
 * Finds one page of `entity` matching `where`, sorted by `orderBy` (ending with the primary key, added when missing),
 * starting after the cursor `query.after`, with the total count and the next page's cursor.
 */
export async function findPage<T extends object, V>(
  em: EntityManager,
  entity: new (...args: never[]) => T,
  where: FilterQuery<T>,
  query: ListQuery,
  orderBy: QueryOrderMap<T>[],
  toView: (item: T) => V,
): Promise<Page<V>> {
  const meta = em.getMetadata().get<T>(entity.name);
  const order = keysOf(meta, orderBy);
  const keys = order.map((part) => part.key);
  const after = query.after === undefined ? undefined : decodeCursor(query.after, keys);
  const paged = after ? ({ $and: [where, keysetWhere(order, after)] } as FilterQuery<T>) : where;
  const orderOfKeys = order.map((part) => ({ [part.property.name]: part.key.direction }) as QueryOrderMap<T>);
  const [rows, total] = await queryAll(em, [() => em.find(entity, paged, { limit: query.limit + 1, orderBy: orderOfKeys }), () => em.count(entity, where)]);
  const items = (rows as T[]).slice(0, query.limit);
  const last = items.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor(keys, order.map((part) => cursorValueOf((last as Record<string, unknown>)[part.property.name]))) : null;
  return { items: items.map(toView), total, limit: query.limit, nextCursor };
}

interface EntityKey {
  readonly property: EntityProperty;
  readonly key: CursorKey;
}

function keysOf<T>(meta: EntityMetadata<T>, orderBy: QueryOrderMap<T>[]): EntityKey[] {
  const keys: EntityKey[] = [];
  for (const part of orderBy) {
    for (const [name, direction] of Object.entries(part as Record<string, unknown>)) {
      if (keys.some((key) => key.property.name === name)) continue;
      keys.push(entityKey(meta, name, direction));
    }
  }
  for (const name of meta.primaryKeys as string[]) {
    if (!keys.some((key) => key.property.name === name)) keys.push(entityKey(meta, name, 'asc'));
  }
  return keys;
}

function entityKey<T>(meta: EntityMetadata<T>, name: string, order: unknown): EntityKey {
  const property = (meta.properties as Record<string, EntityProperty | undefined>)[name];
  if (!property || property.kind !== 'scalar') throw new Error(`${meta.className}.${name} is not a scalar property to page by`);
  const direction = String(order).toLowerCase();
  if (direction !== 'asc' && direction !== 'desc') throw new Error(`paging orders by asc or desc, not '${String(order)}'`);
  const customType = property.customType;
  const refuse = customType
    ? (value: CursorValue) => {
        try {
          customType.convertToDatabaseValue(value, undefined as never);
          return undefined;
        } catch {
          return 'is not a value of this sort';
        }
      }
    : undefined;
  const key: CursorKey = { name, direction, nullable: property.nullable === true, nullsFirst: direction === 'desc', kind: kindOf(property), ...(refuse ? { refuse } : {}) };
  return { property, key };
}

function kindOf(property: EntityProperty): CursorValueKind {
  const column = (property.columnTypes?.[0] ?? '').toLowerCase();
  if (column === 'uuid') return 'uuid';
  if (column.startsWith('timestamp')) return 'timestamp';
  if (column === 'date') return 'date';
  // The cursor carries a property's JS value: a custom type compared as text may be stored as a number (a rank).
  if (property.customType?.compareAsType() === 'string') return 'text';
  if (/^(small|big)?int|^integer|^numeric|^decimal|^double|^real/.test(column)) return 'number';
  if (column.startsWith('bool')) return 'boolean';
  return 'text';
}

function keysetWhere(order: readonly EntityKey[], values: readonly CursorValue[]): Record<string, unknown> {
  const keyset = keysetOf(order.map((part) => part.key), values);
  const condition = (part: KeyComparison): Record<string, unknown> => {
    const { property, key } = order[part.key] as EntityKey;
    const value = key.kind === 'timestamp' && typeof part.value === 'string' ? new Date(part.value) : part.value;
    const operators = { '>': '$gt', '<': '$lt', '>=': '$gte', '<=': '$lte' } as const;
    if (part.op === 'is null') return { [property.name]: null };
    if (part.op === 'is not null') return { [property.name]: { $ne: null } };
    if (part.op === '=') return { [property.name]: value };
    return { [property.name]: { [operators[part.op]]: value } };
  };
  const anyOf = keyset.anyOf.map((all) => ({ $and: all.map(condition) }));
  return { $and: [...keyset.bound.map(condition), { $or: anyOf }] };
}

/** A field a list read with SQL may be sorted by: its expression, the column the rows carry it in, and its kind. */
export interface SqlSortField {
  readonly sql: string;
  readonly column: string;
  readonly kind: CursorValueKind;
  readonly nullable?: boolean;
  /** Where NULLs sort (default: PostgreSQL's, last ascending and first descending). */
  readonly nulls?: 'first' | 'last';
  /** Ascending in the API is descending in SQL (an age is a time ago). */
  readonly inverted?: boolean;
}

/** {@link orderByOf} for lists read with SQL: the keys of `sort` then `fallback` (which ends with a unique key). */
export function sqlSortOf(sort: string | undefined, allowed: Readonly<Record<string, SqlSortField>>, fallback: readonly SqlCursorKey[]): SqlCursorKey[] {
  const keys: SqlCursorKey[] = [];
  for (const raw of (sort ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    const descending = raw.startsWith('-');
    const name = descending ? raw.slice(1) : raw;
    const field = allowed[name];
    if (!field) throw new ValidationError([{ field: 'sort', message: `'${name}' is not sortable; sort by ${Object.keys(allowed).join(', ')}` }]);
    const direction = descending !== (field.inverted === true) ? 'desc' : 'asc';
    keys.push({ name, sql: field.sql, column: field.column, kind: field.kind, direction, nullable: field.nullable === true, nullsFirst: field.nulls ? field.nulls === 'first' : direction === 'desc' });
  }
  return [...keys, ...fallback];
}

/**
 * The paging of a list read with SQL: its ORDER BY, the keyset predicate after the cursor (null on the first page)
 * and how to cut the rows (read `limit + 1`) into the page and its next cursor.
 */
export function sqlPage(keys: readonly SqlCursorKey[], query: ListQuery) {
  const after = query.after === undefined ? undefined : decodeCursor(query.after, keys);
  return {
    orderBy: sqlOrderOf(keys),
    after: after ? keysetSql(keys, after) : null,
    fetch: query.limit + 1,
    cut<R extends object>(rows: readonly R[]): { rows: R[]; nextCursor: string | null } {
      const page = rows.slice(0, query.limit);
      const last = page.at(-1) as Record<string, unknown> | undefined;
      return { rows: page, nextCursor: rows.length > query.limit && last ? encodeCursor(keys, keys.map((key) => cursorValueOf(last[key.column]))) : null };
    },
  };
}
