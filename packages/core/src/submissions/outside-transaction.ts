import { MikroORM, TransactionContext } from '@mikro-orm/core';
import type { Database } from '../persistence/database';

/**
 * Runs `work` (a plugin call) with an entity manager of its own, outside the caller's transaction, so what the plugin
 * records in its state store commits at once and survives the caller's rollback (a connector's submission intent and
 * delivery records must). The embedded database (PGlite) has one connection, which the caller's transaction holds:
 * there the work joins that transaction (a rollback then also drops the plugin's records, which the generic
 * connector's protocol recovers from by finding the delivered file in the outbox).
 */
export function outsideTransaction<T>(database: Database, orm: MikroORM, work: () => Promise<T>): Promise<T> {
  if (database.kind === 'pglite') return work();
  return TransactionContext.create(orm.em.fork(), work);
}
