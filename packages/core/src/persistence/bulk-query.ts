import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs SQL whose parameters are large (array literals of thousands of values) in the entity manager's transaction
 * when it has one. It goes through knex with bindings, so the values travel as query parameters: `em.execute`
 * inlines and escapes every parameter into the SQL text, which costs more than the query itself at this size.
 */
export async function bulkQuery<T = unknown>(em: EntityManager, sql: string, bindings: readonly unknown[]): Promise<T[]> {
  const knex = (em.getTransactionContext() ?? em.getConnection().getKnex()) as { raw(sql: string, bindings: readonly unknown[]): Promise<{ rows?: T[] } | T[]> };
  const result = await knex.raw(sql, bindings);
  return Array.isArray(result) ? result : (result.rows ?? []);
}
