import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { CoreConfig } from '../../src/config/core-config';

/**
 * A database of its own for one test file: a fresh PostgreSQL database when DATABASE_URL is set (dropped at exit),
 * an in-memory PGlite otherwise.
 */
export async function testDatabaseConfig(): Promise<CoreConfig['database']> {
  const base = process.env['DATABASE_URL'];
  if (!base) return { dataDir: 'memory://', migrateOnBoot: true };
  const name = `openrcm_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  createdDatabases.push({ base, name });
  return { url: url.toString(), dataDir: 'memory://', migrateOnBoot: true };
}

const createdDatabases: { base: string; name: string }[] = [];

afterAll(async () => {
  for (const { base, name } of createdDatabases.splice(0)) {
    const admin = new Client({ connectionString: base });
    await admin.connect();
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
});
