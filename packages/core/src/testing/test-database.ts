import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { CoreConfig } from '../config/core-config';
import { migrate, openDatabase } from '../persistence/database';
import { MIGRATIONS } from '../persistence/migrations';
import { ensureTestEncryptionKeys } from './test-encryption-keys';

/** A database for one test file, and how to drop it. */
export interface TestDatabase {
  readonly config: CoreConfig['database'];
  /** Drops the PostgreSQL database (a no-op for in-memory PGlite). */
  drop(): Promise<void>;
}

/** How the database starts. */
export interface TestDatabaseOptions {
  /** With no migration applied, for a test of the migrations themselves (PostgreSQL; PGlite always starts empty). */
  readonly empty?: boolean;
}

/**
 * A database of its own for one test file: a fresh PostgreSQL database next to `DATABASE_URL` when it is set,
 * in-memory PGlite otherwise. For core's tests and for plugins' integration tests (as a devDependency). On PostgreSQL it
 * is a copy of a template database migrated once for the current migrations ({@link migratedTemplate}), which saves
 * each test file the migrations' run; it also provides field-encryption keys in the environment when there are none
 * ({@link ensureTestEncryptionKeys}).
 */
export async function createTestDatabase(env: NodeJS.ProcessEnv = process.env, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const base = env['DATABASE_URL'];
  if (!base) return { config: { dataDir: 'memory://', migrateOnBoot: true }, drop: async () => undefined };
  ensureTestEncryptionKeys();
  const name = `openrcm_test_${randomBytes(6).toString('hex')}`;
  const template = options.empty ? 'template1' : await migratedTemplate(base);
  await administer(base, (client) => client.query(`create database "${name}" template "${template}"`));
  return {
    config: { url: databaseUrl(base, name), dataDir: 'memory://', migrateOnBoot: true },
    drop: async () => {
      await administer(base, (client) => client.query(`drop database if exists "${name}" with (force)`));
    },
  };
}

const TEMPLATE_PREFIX = 'openrcm_test_template_';
/** The instant of its build is its database comment; one a day old is no longer in use. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
let template: Promise<string> | undefined;

/**
 * The name of a database with every migration applied, built once per set of migrations: its name carries a hash of
 * their names and code, so a new or edited migration gets a template of its own ({@link dropStaleTemplates}). Built
 * under an advisory lock, as test processes of several packages may start at once, and renamed into place only when
 * complete, so no one copies a half-migrated template.
 */
function migratedTemplate(base: string): Promise<string> {
  template ??= administer(base, async (client) => {
    const name = TEMPLATE_PREFIX + createHash('sha256').update(MIGRATIONS.map((migration) => `${migration.name}\n${String(migration.class)}`).join('\n')).digest('hex').slice(0, 16);
    await client.query(`select pg_advisory_lock(hashtext('openrcm test template'))`);
    try {
      const found = await client.query(`select 1 from pg_database where datname = $1`, [name]);
      if (found.rowCount === 0) await buildTemplate(client, base, name);
      return name;
    } finally {
      await client.query(`select pg_advisory_unlock(hashtext('openrcm test template'))`);
    }
  });
  return template;
}

async function buildTemplate(client: Client, base: string, name: string): Promise<void> {
  await dropStaleTemplates(client);
  const building = `${name}_building`;
  await client.query(`drop database if exists "${building}" with (force)`);
  await client.query(`create database "${building}"`);
  await client.query(`comment on database "${building}" is '${new Date().toISOString()}'`);
  const database = await openDatabase({ url: databaseUrl(base, building), dataDir: 'memory://', migrateOnBoot: false });
  try {
    await migrate(database.orm);
  } finally {
    await database.close();
  }
  await client.query(`alter database "${building}" rename to "${name}"`);
}

/**
 * Templates of other migrations built more than a day ago. Younger ones may belong to a run of other code on the same
 * server at this moment (a branch with a new migration, or the built `dist` code, whose classes hash differently).
 */
async function dropStaleTemplates(client: Client): Promise<void> {
  const stale = await client.query<{ datname: string }>(
    `select d.datname from pg_database d left join pg_shdescription s on s.objoid = d.oid and s.classoid = 'pg_database'::regclass
      where d.datname like $1 and coalesce(s.description, '') < $2`,
    [`${TEMPLATE_PREFIX}%`, new Date(Date.now() - STALE_AFTER_MS).toISOString()],
  );
  for (const { datname } of stale.rows) await client.query(`drop database if exists "${datname}"`).catch(() => undefined);
}

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function administer<T>(connectionString: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
