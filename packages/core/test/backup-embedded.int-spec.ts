import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupEmbedded, BackupError, readBackupManifest, restoreEmbedded, type BackupResult } from '../src/backup';
import { KeyRing } from '../src/crypto';
import { Organization } from '../src/organizations/organization.entity';
import { migrate, openDatabase } from '../src/persistence/database';
import { MIGRATIONS } from '../src/persistence/migrations';

/** Every migration this build has, in order. */
const ALL = MIGRATIONS.map((migration) => migration.name);
const CLINICS = [
  { name: 'Lakeside Family Clinic', timeZone: 'America/Chicago' },
  { name: 'Harbor Pediatrics', timeZone: 'America/New_York' },
];

/** Organizations of an embedded database, by id; the database is always PGlite here, whatever DATABASE_URL says. */
async function organizationsIn(dataDir: string): Promise<Array<Pick<Organization, 'id' | 'name' | 'timeZone'>>> {
  const database = await openDatabase({ dataDir, migrateOnBoot: false });
  try {
    expect(await migrate(database.orm)).toEqual([]);
    const rows = await database.orm.em.fork().find(Organization, {}, { orderBy: { name: 'asc' } });
    return rows.map(({ id, name, timeZone }) => ({ id, name, timeZone }));
  } finally {
    await database.close();
  }
}

describe('embedded backup and restore', () => {
  const root = mkdtempSync(join(tmpdir(), 'openrcm-backup-'));
  const source = join(root, 'source');
  const key = { id: 'backup-1', key: randomBytes(32) };
  let expected: Array<Pick<Organization, 'id' | 'name' | 'timeZone'>>;
  let plain: BackupResult;
  let encrypted: BackupResult;

  beforeAll(async () => {
    const database = await openDatabase({ dataDir: source, migrateOnBoot: false });
    try {
      expect(await migrate(database.orm)).toEqual(ALL);
      const em = database.orm.em.fork();
      for (const clinic of CLINICS) em.create(Organization, clinic);
      await em.flush();
    } finally {
      await database.close();
    }
    expected = await organizationsIn(source);
    plain = await backupEmbedded(source, join(root, 'backups', 'plain.openrcm-backup'), { now: () => new Date('2026-12-01T08:00:00Z') });
    encrypted = await backupEmbedded(source, join(root, 'backups', 'encrypted.openrcm-backup'), { keyRing: new KeyRing([key], key.id) });
  }, 90_000);

  it('writes a 0600 archive whose first line is the manifest', () => {
    expect(expected.map((row) => row.name)).toEqual(['Harbor Pediatrics', 'Lakeside Family Clinic']);
    expect(statSync(plain.file).mode & 0o777).toBe(0o600);
    const archive = readFileSync(plain.file);
    expect(plain.bytes).toBe(archive.length);
    const { manifest } = readBackupManifest(archive, plain.file);
    expect(manifest).toEqual(plain.manifest);
    expect(manifest).toMatchObject({ format: 'openrcm-embedded-backup', formatVersion: 1, createdAt: '2026-12-01T08:00:00.000Z', migrations: ALL });
    expect(manifest.postgresVersion).toMatch(/^\d+\.\d+/);
    expect(manifest.payload.encryption).toBeNull();
    expect(encrypted.manifest.payload.encryption).toMatchObject({ algorithm: 'aes-256-gcm', keyId: 'backup-1' });
    expect(readdirSync(join(root, 'backups')).sort()).toEqual(['encrypted.openrcm-backup', 'plain.openrcm-backup']);
  });

  it('restores into a new directory with the same rows, and nothing pending', async () => {
    const target = join(root, 'restored-plain');
    const result = await restoreEmbedded(plain.file, target);
    expect(result).toMatchObject({ dataDir: target, replaced: false, pendingMigrations: [] });
    expect(await organizationsIn(target)).toEqual(expected);
    expect(readdirSync(root).filter((name) => name.includes('.restore-') || name.includes('.replaced-'))).toEqual([]);
  }, 60_000);

  it('restores an encrypted archive only with its key', async () => {
    const target = join(root, 'restored-encrypted');
    await expect(restoreEmbedded(encrypted.file, target)).rejects.toThrow(/encrypted with key "backup-1"; provide it/);
    const impostor = new KeyRing([{ id: 'backup-1', key: randomBytes(32) }], 'backup-1');
    await expect(restoreEmbedded(encrypted.file, target, { keyRing: impostor })).rejects.toThrow(/failed authentication with key "backup-1"/);
    expect(existsSync(target)).toBe(false);
    const rotated = new KeyRing([{ id: 'backup-2', key: randomBytes(32) }, key], 'backup-2');
    await restoreEmbedded(encrypted.file, target, { keyRing: rotated });
    expect(await organizationsIn(target)).toEqual(expected);
  }, 60_000);

  it('refuses an altered archive: a changed manifest of an encrypted one, a changed byte of a plain one', async () => {
    const archive = readFileSync(encrypted.file);
    const forged = join(root, 'forged.openrcm-backup');
    writeFileSync(forged, Buffer.from(archive.toString('latin1').replace(encrypted.manifest.createdAt, '2020-01-01T00:00:00.000Z'), 'latin1'));
    await expect(restoreEmbedded(forged, join(root, 'forged'), { keyRing: new KeyRing([key], key.id) })).rejects.toThrow(/failed authentication/);
    const damaged = Buffer.from(readFileSync(plain.file));
    damaged[damaged.length - 100] = (damaged[damaged.length - 100] as number) ^ 0xff;
    writeFileSync(forged, damaged);
    await expect(restoreEmbedded(forged, join(root, 'damaged'))).rejects.toThrow(/damaged: its contents do not match the checksum/);
    writeFileSync(forged, 'not a backup\n');
    await expect(restoreEmbedded(forged, join(root, 'damaged'))).rejects.toThrow(/is not an OpenRCM embedded backup/);
  });

  it('refuses a non-empty directory unless forced, then replaces it', async () => {
    const target = join(root, 'occupied');
    mkdirSync(target);
    writeFileSync(join(target, 'keep-me.txt'), 'something');
    const refused = await restoreEmbedded(plain.file, target).catch((error: Error) => error);
    expect(refused).toBeInstanceOf(BackupError);
    expect((refused as Error).message).toMatch(/is not empty; restore into an empty directory, or pass --force/);
    expect(readdirSync(target)).toEqual(['keep-me.txt']);
    const result = await restoreEmbedded(plain.file, target, { force: true });
    expect(result.replaced).toBe(true);
    expect(existsSync(join(target, 'keep-me.txt'))).toBe(false);
    expect(await organizationsIn(target)).toEqual(expected);
    expect(readdirSync(root).filter((name) => name.includes('.restore-') || name.includes('.replaced-'))).toEqual([]);
  }, 60_000);

  it('checks the migrations: refuses a backup from a newer build, reports what an older backup lacks', async () => {
    await expect(restoreEmbedded(plain.file, join(root, 'newer'), { knownMigrations: ALL.slice(0, -1) })).rejects.toThrow(
      `made by a newer OpenRCM (unknown migrations: ${ALL.at(-1)})`,
    );
    const result = await restoreEmbedded(plain.file, join(root, 'older'), { knownMigrations: [...ALL, 'Migration20270101000000Later'] });
    expect(result.pendingMigrations).toEqual(['Migration20270101000000Later']);
  }, 60_000);

  it('refuses to back up what is not an embedded database, or into its own data directory', async () => {
    await expect(backupEmbedded('memory://', join(root, 'x'))).rejects.toThrow(/memory:\/\/\) has nothing on disk/);
    await expect(backupEmbedded(join(root, 'backups'), join(root, 'x'))).rejects.toThrow(/there is no embedded database in/);
    await expect(backupEmbedded(source, join(source, 'inside.openrcm-backup'))).rejects.toThrow(/must be outside the data directory/);
  });
});
