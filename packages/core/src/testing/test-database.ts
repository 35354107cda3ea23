import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { CoreConfig } from '../config/core-config';
import { ensureTestEncryptionKeys } from './test-encryption-keys';

/** A database for one test file, and how to drop it. */
export interface TestDatabase {
  readonly config: CoreConfig['database'];
  /** Drops the PostgreSQL database (a no-op for in-memory PGlite). */
  drop(): Promise<void>;
}

/**
 * A database of its own for one test file: a fresh PostgreSQL database next to `DATABASE_URL` when it is set,
 * in-memory PGlite otherwise. For core's tests and for plugins' integration tests (as a devDependency). On PostgreSQL it
 * also provides field-encryption keys in the environment when there are none ({@link ensureTestEncryptionKeys}).
 */
export async function createTestDatabase(env: NodeJS.ProcessEnv = process.env): Promise<TestDatabase> {
  const base = env['DATABASE_URL'];
  if (!base) return { config: { dataDir: 'memory://', migrateOnBoot: true }, drop: async () => undefined };
  ensureTestEncryptionKeys();
  const name = `openrcm_test_${randomBytes(6).toString('hex')}`;
  await administer(base, `create database "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    config: { url: url.toString(), dataDir: 'memory://', migrateOnBoot: true },
    drop: () => administer(base, `drop database if exists "${name}" with (force)`),
  };
}

async function administer(connectionString: string, statement: string): Promise<void> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
