import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The entity manager of the current request or transaction (so writes join it), or a fresh fork when code runs
 * outside both (boot, timers, event delivery).
 */
export function currentEntityManager(orm: MikroORM): EntityManager {
  const context = orm.em.getContext(false);
  return (context === orm.em ? orm.em.fork() : context) as EntityManager;
}
