// The bench's own PostgreSQL database next to DATABASE_URL (`openrcm_bench_kpi`): dropped and created afresh, migrated
// with core's migrations, and the field-encryption keys its encrypted columns are written with.
import { configureFieldEncryption, fieldEncryption, loadEncryptionKeysFromEnv, migrate, openDatabase } from '@openrcm/core';
import { ensureTestEncryptionKeys } from '@openrcm/core/testing';
import pg from 'pg';

/** The bench database's name. */
export const BENCH_DATABASE = 'openrcm_bench_kpi';

async function administer(baseUrl, statement) {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The URL of the bench database on the server of `baseUrl`. */
export function benchDatabaseUrl(baseUrl) {
  const url = new URL(baseUrl);
  url.pathname = `/${BENCH_DATABASE}`;
  return url.toString();
}

/** Drops the bench database (if any) and creates it empty. */
export async function recreateBenchDatabase(baseUrl) {
  await administer(baseUrl, `drop database if exists "${BENCH_DATABASE}" with (force)`);
  await administer(baseUrl, `create database "${BENCH_DATABASE}"`);
}

/** Drops the bench database. */
export async function dropBenchDatabase(baseUrl) {
  await administer(baseUrl, `drop database if exists "${BENCH_DATABASE}" with (force)`);
}

/** Opens the bench database through core (MikroORM) and applies core's migrations; returns core's Database. */
export async function openMigrated(url) {
  const database = await openDatabase({ url, dataDir: 'memory://', migrateOnBoot: true });
  const applied = await migrate(database.orm);
  return { database, migrations: applied.length };
}

/**
 * The encrypted constants the generator writes: a pool of member ids and one claim snapshot, encrypted with the keys
 * of the environment (random test keys when it has none, as core's tests do).
 */
export function encryptedValues(memberIds = 64) {
  ensureTestEncryptionKeys();
  configureFieldEncryption(loadEncryptionKeysFromEnv());
  const { cipher } = fieldEncryption();
  return {
    memberIds: Array.from({ length: memberIds }, (_, index) => cipher.encrypt(`W${String(100000000 + index * 7919).slice(-9)}`, 'coverage.member_id')),
    snapshot: cipher.encrypt(JSON.stringify({ seededBy: 'bench-kpi' }), 'claim.snapshot'),
  };
}
