import { PGlite } from '@electric-sql/pglite';
import { MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { mkdirSync } from 'node:fs';
import type { PGliteDriver as PGliteDriverClass } from 'mikro-orm-pglite' with { 'resolution-mode': 'import' };
import type { CoreConfig } from '../config/core-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { AuditSubscriber } from '../audit/audit.subscriber';

// mikro-orm-pglite ships a CommonJS build for require() but declares its types as ES module only.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PGliteDriver } = require('mikro-orm-pglite') as { PGliteDriver: typeof PGliteDriverClass };

/** The open database: MikroORM, and the embedded PGlite instance when there is one (closed after the ORM). */
export interface Database {
  readonly orm: MikroORM;
  readonly kind: 'postgresql' | 'pglite';
  close(): Promise<void>;
}

function commonOptions(log: (message: string) => void): Partial<Options> {
  return {
    logger: log,
    entities: ENTITIES,
    subscribers: [new AuditSubscriber()],
    extensions: [Migrator],
    migrations: { migrationsList: MIGRATIONS, transactional: true, allOrNothing: true, snapshot: false },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: true },
  };
}

/** Opens PostgreSQL when `database.url` is set, PGlite in `database.dataDir` otherwise; ORM messages go to `log`. */
export async function openDatabase(config: CoreConfig['database'], log: (message: string) => void = () => undefined): Promise<Database> {
  if (config.url) {
    const orm = await MikroORM.init({ ...commonOptions(log), driver: PostgreSqlDriver, clientUrl: config.url });
    return { orm, kind: 'postgresql', close: () => orm.close() };
  }
  if (!config.dataDir.startsWith('memory://')) mkdirSync(config.dataDir, { recursive: true });
  const pglite = new PGlite(config.dataDir);
  await pglite.waitReady;
  const orm = await MikroORM.init({
    ...commonOptions(log),
    driver: PGliteDriver,
    dbName: 'postgres',
    driverOptions: { connection: { pglite: () => pglite } },
  });
  return {
    orm,
    kind: 'pglite',
    async close() {
      await orm.close();
      await pglite.close();
    },
  };
}

/** Runs pending migrations; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}
