import type { EntityManager } from '@mikro-orm/core';

/** The results of {@link queryAll}'s queries, in their order. */
export type QueryResults<Q extends readonly (() => Promise<unknown>)[]> = { -readonly [K in keyof Q]: Awaited<ReturnType<Q[K]>> };

/**
 * Runs independent queries on one entity manager and returns their results in order: side by side outside a
 * transaction (each on a connection of its own from the pool), one after the other inside one. A transaction has a
 * single connection, where queries run one at a time anyway, and node-postgres deprecates sending a query while
 * another is running on the connection (pg 9 refuses it).
 */
export async function queryAll<const Q extends readonly (() => Promise<unknown>)[]>(em: EntityManager, queries: Q): Promise<QueryResults<Q>> {
  if (!em.isInTransaction()) return (await Promise.all(queries.map((query) => query()))) as QueryResults<Q>;
  const results: unknown[] = [];
  for (const query of queries) results.push(await query());
  return results as QueryResults<Q>;
}
