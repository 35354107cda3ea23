import { migrate, openDatabase } from '@openrcm/core';
import type { LoadedConfig } from '../config/load-config';
import type { CommandOutput } from './command-output';

/** Applies pending migrations and says which. */
export async function runMigrations(loaded: LoadedConfig, output: CommandOutput): Promise<string[]> {
  const { database } = loaded.config;
  const opened = await openDatabase({ ...database, migrateOnBoot: false });
  try {
    const applied = await migrate(opened.orm);
    const target = database.url ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${database.dataDir}`;
    output.info(applied.length === 0 ? `${target} is up to date` : `applied ${applied.length} migration(s) to ${target}:`);
    for (const name of applied) output.info(`  ${name}`);
    return applied;
  } finally {
    await opened.close();
  }
}
