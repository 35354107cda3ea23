import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationError } from '@openrcm/sdk';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** The largest page a list endpoint returns. */
export const MAX_PAGE_SIZE = 200;

/**
 * Query parameters every list endpoint takes: `limit` (1–200, default 50), `offset` (default 0) and `sort`, a
 * comma-separated list of fields, each descending when prefixed with `-` (`sort=-dateOfService,lastName`).
 * Endpoints add their own filters by extending {@link listQuerySchema}.
 */
export const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  sort: z.string().trim().min(1).optional(),
});

/** The paging and sorting part of a list request. */
export type ListQuery = z.infer<typeof listQuerySchema>;

/** The DTO of a list endpoint with no filters of its own. */
export class ListQueryDto extends createZodDto(listQuerySchema) {}

/** One page of a list: the items, the total matching the filters, and the page asked for. */
export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
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

/** Finds one page of `entity` matching `where`, sorted by `orderBy`, with the total count. */
export async function findPage<T extends object, V>(
  em: EntityManager,
  entity: new (...args: never[]) => T,
  where: FilterQuery<T>,
  query: ListQuery,
  orderBy: QueryOrderMap<T>[],
  toView: (item: T) => V,
): Promise<Page<V>> {
  const [items, total] = await em.findAndCount(entity, where, { limit: query.limit, offset: query.offset, orderBy });
  return { items: (items as T[]).map(toView), total, limit: query.limit, offset: query.offset };
}
