import { BackupError } from './backup.errors';

/** The `format` of every embedded backup archive. */
export const BACKUP_FORMAT = 'openrcm-embedded-backup';
/** The archive layout this code writes and reads. */
export const BACKUP_FORMAT_VERSION = 1;

/** How the archive's payload (PGlite's gzipped data-directory tarball) is encrypted, when it is. */
export interface BackupEncryption {
  readonly algorithm: 'aes-256-gcm';
  readonly keyId: string;
  /** Base64 IV. */
  readonly iv: string;
}

/**
 * The first line of a backup archive (JSON, readable with `head -1`): no PHI, only what restore checks.
 */
export interface BackupManifest {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: typeof BACKUP_FORMAT_VERSION;
  /** ISO timestamp, UTC. */
  readonly createdAt: string;
  /** `server_version` of the embedded PostgreSQL that wrote the data directory. */
  readonly postgresVersion: string;
  /** Names of the migrations applied to the backed-up database, in order. */
  readonly migrations: readonly string[];
  readonly payload: {
    readonly compression: 'gzip';
    /** Length of the tarball before encryption. */
    readonly bytes: number;
    /** SHA-256 (hex) of the tarball before encryption. */
    readonly sha256: string;
    readonly encryption: BackupEncryption | null;
  };
}

/** Checks that `value` is a manifest this code can restore; throws {@link BackupError} naming what is wrong. */
export function parseBackupManifest(value: unknown, file: string): BackupManifest {
  const manifest = value as Partial<BackupManifest> | null;
  if (!manifest || manifest.format !== BACKUP_FORMAT) throw new BackupError(`${file} is not an OpenRCM embedded backup`);
  if (manifest.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(`${file} has backup format version ${String(manifest.formatVersion)}; this OpenRCM reads version ${BACKUP_FORMAT_VERSION}`);
  }
  const payload = manifest.payload;
  const valid =
    typeof manifest.createdAt === 'string' &&
    typeof manifest.postgresVersion === 'string' &&
    Array.isArray(manifest.migrations) &&
    manifest.migrations.every((name) => typeof name === 'string') &&
    payload?.compression === 'gzip' &&
    Number.isSafeInteger(payload.bytes) &&
    typeof payload.sha256 === 'string' &&
    (payload.encryption === null || (payload.encryption?.algorithm === 'aes-256-gcm' && typeof payload.encryption.keyId === 'string' && typeof payload.encryption.iv === 'string'));
  if (!valid) throw new BackupError(`${file} has a damaged manifest`);
  return manifest as BackupManifest;
}
