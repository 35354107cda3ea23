import { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { KeyRing } from '../crypto/key-ring';
import { MIGRATIONS } from '../persistence/migrations';
import { decodeBackupArchive } from './backup-archive';
import { BackupError } from './backup.errors';
import type { BackupManifest } from './backup-manifest';
import { appliedMigrations } from './pglite-metadata';

/** Options of a restore. */
export interface RestoreOptions {
  /** Replace a data directory that is not empty (its previous contents are deleted once the restore succeeded). */
  readonly force?: boolean;
  /** Decrypts an encrypted archive. */
  readonly keyRing?: KeyRing;
  /** The migrations this build knows, in order (default: core's). A backup with others came from a newer build. */
  readonly knownMigrations?: readonly string[];
}

/** What a restore did. */
export interface RestoreResult {
  readonly dataDir: string;
  readonly manifest: BackupManifest;
  /** Whether a non-empty data directory was replaced. */
  readonly replaced: boolean;
  /** Migrations this build has that the backup lacks; `openrcm migrate` (or the next start) applies them. */
  readonly pendingMigrations: string[];
}

/**
 * Restores an archive made by `backupEmbedded` into `dataDir`: checks the manifest and checksum (and decrypts),
 * refuses a non-empty directory unless `force`, loads the tarball with PGlite's `loadDataDir` into a staging
 * directory beside the target, checks the restored migrations, and only then moves it into place.
 */
export async function restoreEmbedded(archiveFile: string, dataDir: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  if (dataDir.startsWith('memory://')) throw new BackupError('cannot restore into an in-memory database (memory://); name a directory');
  const file = resolve(archiveFile);
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`);
  const { manifest, tarball } = decodeBackupArchive(readFileSync(file), file, options.keyRing);
  const pendingMigrations = checkMigrations(manifest, options.knownMigrations ?? MIGRATIONS.map((migration) => migration.name), file);
  const target = resolve(dataDir);
  const occupied = existsSync(target) && readdirSync(target).length > 0;
  if (occupied && !options.force) throw new BackupError(`${target} is not empty; restore into an empty directory, or pass --force to replace it`);
  const staging = await loadIntoStaging(target, tarball, manifest);
  const replaced = occupied ? `${target}.replaced-${randomBytes(4).toString('hex')}` : undefined;
  if (replaced) renameSync(target, replaced);
  else rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
  if (replaced) rmSync(replaced, { recursive: true, force: true });
  return { dataDir: target, manifest, replaced: occupied, pendingMigrations };
}

function checkMigrations(manifest: BackupManifest, known: readonly string[], file: string): string[] {
  const unknown = manifest.migrations.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new BackupError(`${file} was made by a newer OpenRCM (unknown migrations: ${unknown.join(', ')}); upgrade before restoring`);
  const outOfOrder = manifest.migrations.some((name, index) => known[index] !== name);
  if (outOfOrder) throw new BackupError(`${file} lists its migrations in an order this OpenRCM does not know`);
  return known.slice(manifest.migrations.length);
}

async function loadIntoStaging(target: string, tarball: Buffer, manifest: BackupManifest): Promise<string> {
  mkdirSync(dirname(target), { recursive: true });
  const staging = `${target}.restore-${randomBytes(4).toString('hex')}`;
  try {
    const pglite = new PGlite(staging, { loadDataDir: new Blob([tarball]) });
    try {
      await pglite.waitReady;
      const restored = await appliedMigrations(pglite);
      if (restored.join('\n') !== manifest.migrations.join('\n')) {
        throw new BackupError(`the restored database lists migrations ${restored.join(', ') || 'none'}, but the manifest says ${manifest.migrations.join(', ') || 'none'}`);
      }
    } finally {
      await pglite.close();
    }
    return staging;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
