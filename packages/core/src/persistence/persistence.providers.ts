import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Provider } from '@nestjs/common';
import type { Logger } from 'pino';
import { CORE_CONFIG, type CoreConfig } from '../config/core-config';
import { ROOT_LOGGER } from '../logging/logger';
import { migrate, openDatabase, type Database } from './database';

/** Injection token of the open {@link Database}. */
export const DATABASE = Symbol('DATABASE');

/** The database (migrated at boot when configured), its ORM and the context-aware entity manager. */
export const persistenceProviders: Provider[] = [
  {
    provide: DATABASE,
    inject: [CORE_CONFIG, ROOT_LOGGER],
    useFactory: async (config: CoreConfig, logger: Logger): Promise<Database> => {
      const database = await openDatabase(config.database, (message) => logger.debug({ component: 'orm' }, message));
      if (config.database.migrateOnBoot) {
        const applied = await migrate(database.orm);
        if (applied.length > 0) logger.info({ applied }, 'migrations applied');
      }
      return database;
    },
  },
  { provide: MikroORM, inject: [DATABASE], useFactory: (database: Database) => database.orm },
  { provide: EntityManager, inject: [MikroORM], useFactory: (orm: MikroORM) => orm.em },
];
