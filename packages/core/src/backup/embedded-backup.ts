import { PGlite } from '@electric-sql/pglite';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { writeFileAtomic } from '../crypto/atomic-write';
import type { KeyRing } from '../crypto/key-ring';
import { encodeBackupArchive } from './backup-archive';
import { BackupError } from './backup.errors';
import type { BackupManifest } from './backup-manifest';
import { appliedMigrations, postgresVersion } from './pglite-metadata';

/** Options of a backup. */
export interface BackupOptions {
  /** Encrypts the archive with the ring's current key (restore then needs that key). */
  readonly keyRing?: KeyRing;
  /** The clock, for tests. */
  readonly now?: () => Date;
}

/** What a backup wrote. */
export interface BackupResult {
  readonly file: string;
  /** Size of the archive in bytes. */
  readonly bytes: number;
  readonly manifest: BackupManifest;
}

/**
 * Backs up the embedded database in `dataDir` to `targetFile`: PGlite's own `dumpDataDir()` tarball behind a
 * manifest line, written atomically with mode 0600. The server must not be running on `dataDir` (PGlite is
 * single-process); use {@link backupPglite} from inside the process that has it open.
 */
export async function backupEmbedded(dataDir: string, targetFile: string, options: BackupOptions = {}): Promise<BackupResult> {
  if (dataDir.startsWith('memory://')) throw new BackupError('an in-memory database (memory://) has nothing on disk to back up');
  const source = resolve(dataDir);
  if (!existsSync(join(source, 'PG_VERSION'))) throw new BackupError(`there is no embedded database in ${source}`);
  const target = resolve(targetFile);
  if (!relative(source, target).startsWith('..')) throw new BackupError(`the backup file must be outside the data directory ${source}`);
  const pglite = new PGlite(source);
  try {
    await pglite.waitReady;
    return await backupPglite(pglite, target, options);
  } finally {
    await pglite.close();
  }
}

/** Backs up an open PGlite instance (the one a running server holds) to `targetFile`, like {@link backupEmbedded}. */
export async function backupPglite(pglite: PGlite, targetFile: string, options: BackupOptions = {}): Promise<BackupResult> {
  const migrations = await appliedMigrations(pglite);
  const version = await postgresVersion(pglite);
  const dump = await pglite.dumpDataDir('gzip');
  const tarball = Buffer.from(await dump.arrayBuffer());
  const createdAt = (options.now ?? (() => new Date()))();
  const { archive, manifest } = encodeBackupArchive({ createdAt, postgresVersion: version, migrations, tarball }, options.keyRing);
  const file = resolve(targetFile);
  mkdirSync(dirname(file), { recursive: true });
  writeFileAtomic(file, archive, 0o600);
  return { file, bytes: archive.length, manifest };
}
