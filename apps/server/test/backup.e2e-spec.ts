import * as core from '@openrcm/core';
import { migrate, openDatabase } from '@openrcm/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBackup, type EmbeddedBackupOperations } from '../src/commands/backup.command';
import type { CommandOutput } from '../src/commands/command-output';
import { runRestore } from '../src/commands/restore.command';
import { loadConfig, type LoadedConfig } from '../src/config/load-config';
import { configDirectory } from './support/cli-harness';

const operations: EmbeddedBackupOperations<core.KeyRing> = core;

function capture(): CommandOutput & { text(): string } {
  const lines: string[] = [];
  return { info: (line) => lines.push(line), error: (line) => lines.push(`ERR ${line}`), text: () => lines.join('\n') };
}

/** An installation on embedded defaults (whatever DATABASE_URL the test run has): its own directory and config. */
async function embeddedInstallation(): Promise<LoadedConfig> {
  return loadConfig(undefined, {}, configDirectory(`{ database: { dataDir: './data' }, logLevel: 'silent' }`));
}

async function withDatabase<T>(loaded: LoadedConfig, work: (execute: (sql: string) => Promise<Array<Record<string, unknown>>>) => Promise<T>): Promise<T> {
  const database = await openDatabase({ dataDir: loaded.config.database.dataDir, migrateOnBoot: false });
  try {
    await migrate(database.orm);
    return await work((sql) => database.orm.em.fork().getConnection().execute(sql));
  } finally {
    await database.close();
  }
}

describe('openrcm backup and restore', () => {
  let source: LoadedConfig;
  let archive: string;
  let backupText: string;

  beforeAll(async () => {
    source = await embeddedInstallation();
    await withDatabase(source, async (execute) => {
      await execute(`create table backup_probe (id int primary key, note text)`);
      await execute(`insert into backup_probe values (1, 'first claim batch'), (2, 'second claim batch')`);
    });
    archive = join(source.config.database.dataDir, '..', 'backups', 'nightly.openrcm-backup');
    const output = capture();
    const result = await runBackup(source, archive, output, {}, operations, {});
    backupText = output.text();
    expect(result.encryptedWith).toMatch(/^embedded-/);
  }, 90_000);

  it('backs up encrypted with the embedded key and says which key restore will need', () => {
    expect(backupText).toContain(`backed up PGlite in ${source.config.database.dataDir} to ${archive}`);
    expect(backupText).toMatch(/encryption {2}AES-256-GCM with key "embedded-[0-9a-f]+" from the key file .*data\.keys\.json/);
    expect(backupText).toContain('restoring needs it, and it is not inside');
  });

  it('restores into another installation once it is given the key, with the same rows', async () => {
    const target = await embeddedInstallation();
    await expect(runRestore(target, archive, capture(), {}, operations, {})).rejects.toThrow(/encrypted with key "embedded-[0-9a-f]+"; provide it in OPENRCM_ENCRYPTION_KEYS/);
    const keyFile = JSON.parse(readFileSync(`${source.config.database.dataDir}.keys.json`, 'utf8')) as { encryptionKeys: string[]; hashKey: string };
    const env = { OPENRCM_ENCRYPTION_KEYS: keyFile.encryptionKeys.join(','), OPENRCM_HASH_KEY: keyFile.hashKey };
    const output = capture();
    const result = await runRestore(target, archive, output, {}, operations, env);
    expect(result).toEqual({ dataDir: target.config.database.dataDir, replaced: false, pendingMigrations: [] });
    expect(output.text()).toContain(`restored ${archive} into PGlite in ${target.config.database.dataDir}`);
    expect(output.text()).toMatch(/decrypted with key "embedded-/);
    const rows = await withDatabase(target, (execute) => execute('select id, note from backup_probe order by id'));
    expect(rows).toEqual([
      { id: 1, note: 'first claim batch' },
      { id: 2, note: 'second claim batch' },
    ]);
  }, 60_000);

  it('refuses to restore over a database unless forced, using the installation key file', async () => {
    await expect(runRestore(source, archive, capture(), {}, operations, {})).rejects.toThrow(/is not empty; restore into an empty directory, or pass --force/);
    await withDatabase(source, (execute) => execute(`delete from backup_probe where id = 2`));
    const output = capture();
    const result = await runRestore(source, archive, output, { force: true }, operations, {});
    expect(result.replaced).toBe(true);
    expect(output.text()).toContain('(its previous contents were replaced)');
    const rows = await withDatabase(source, (execute) => execute('select count(*)::int as count from backup_probe'));
    expect(rows).toEqual([{ count: 2 }]);
  }, 60_000);

  it('writes an archive in clear only when told, and says so', async () => {
    const output = capture();
    const plain = join(source.config.database.dataDir, '..', 'plain.openrcm-backup');
    const result = await runBackup(source, plain, output, { encrypt: false }, operations, {});
    expect(result.encryptedWith).toBeUndefined();
    expect(output.text()).toContain('encryption  none (--no-encrypt)');
    expect(JSON.parse(readFileSync(plain, 'utf8').split('\n')[0] as string).payload.encryption).toBeNull();
  }, 60_000);

  it('refuses PostgreSQL and points to pg_dump and pg_restore', async () => {
    const env = { DATABASE_URL: 'postgres://db.internal/openrcm' };
    const loaded = await loadConfig(undefined, env, configDirectory(`{ logLevel: 'silent' }`));
    await expect(runBackup(loaded, 'x.backup', capture(), {}, operations, env)).rejects.toThrow(
      'openrcm backup works on the embedded database only, and DATABASE_URL is set: use pg_dump -Fc',
    );
    await expect(runRestore(loaded, 'x.backup', capture(), {}, operations, env)).rejects.toThrow(/DATABASE_URL is set: use pg_restore --clean/);
  });
});
