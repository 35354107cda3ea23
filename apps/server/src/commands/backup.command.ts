import type { LoadedConfig } from '../config/load-config';
import type { CommandOutput } from './command-output';

/** An archive's manifest (only the parts the backup commands print). */
export interface BackupManifestSummary {
  readonly createdAt: string;
  readonly migrations: readonly string[];
  readonly payload: { readonly encryption: { readonly keyId: string } | null };
}

/**
 * The `@openrcm/core` functions the backup and restore commands call: pass core's own (`backupEmbedded`,
 * `restoreEmbedded`, `resolveEncryptionKeys`, `loadEncryptionKeysFromEnv`, `readEmbeddedKeys`); `Ring` is core's `KeyRing`.
 */
export interface EmbeddedBackupOperations<Ring> {
  backupEmbedded(dataDir: string, targetFile: string, options: { keyRing?: Ring }): Promise<{ file: string; bytes: number; manifest: BackupManifestSummary }>;
  restoreEmbedded(
    archiveFile: string,
    dataDir: string,
    options: { force?: boolean; keyRing?: Ring },
  ): Promise<{ dataDir: string; replaced: boolean; pendingMigrations: string[]; manifest: BackupManifestSummary }>;
  resolveEncryptionKeys(env: NodeJS.ProcessEnv, database: { url?: string; dataDir: string }): { keys: { keyRing: Ring } | undefined; source: string; file?: string };
  loadEncryptionKeysFromEnv(env: NodeJS.ProcessEnv): { keyRing: Ring } | undefined;
  readEmbeddedKeys(dataDir: string): { keyRing: Ring } | undefined;
}

/** Options of `openrcm backup`. */
export interface BackupCommandOptions {
  /** Encrypt the archive with the current encryption key (default true). */
  readonly encrypt?: boolean;
}

/** Refuses PostgreSQL: the embedded commands do not back it up; pg_dump does. */
export function requireEmbeddedDatabase(loaded: LoadedConfig, command: 'backup' | 'restore'): string {
  const { database } = loaded.config;
  if (database.url) {
    const tool = command === 'backup' ? 'pg_dump -Fc "$DATABASE_URL" -f openrcm.dump' : 'pg_restore --clean --if-exists -d "$DATABASE_URL" openrcm.dump';
    throw new Error(`openrcm ${command} works on the embedded database only, and DATABASE_URL is set: use ${tool} (see docs/security.md, Operations)`);
  }
  if (database.dataDir.startsWith('memory://')) throw new Error(`openrcm ${command} needs a data directory on disk, not ${database.dataDir}`);
  return database.dataDir;
}

/** Backs up the embedded database to `file` and says where it went, how big it is and which key encrypts it. */
export async function runBackup<Ring>(
  loaded: LoadedConfig,
  file: string,
  output: CommandOutput,
  options: BackupCommandOptions,
  operations: EmbeddedBackupOperations<Ring>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ file: string; bytes: number; encryptedWith: string | undefined }> {
  const dataDir = requireEmbeddedDatabase(loaded, 'backup');
  const resolved = options.encrypt === false ? undefined : operations.resolveEncryptionKeys(env, { dataDir });
  const keyRing = resolved?.keys?.keyRing;
  const result = await operations.backupEmbedded(dataDir, file, keyRing ? { keyRing } : {});
  const encryptedWith = result.manifest.payload.encryption?.keyId;
  output.info(`backed up PGlite in ${dataDir} to ${result.file} (${formatBytes(result.bytes)})`);
  output.info(`  migrations  ${result.manifest.migrations.length}${result.manifest.migrations.length ? ` (latest ${result.manifest.migrations.at(-1)})` : ''}`);
  if (encryptedWith) {
    const source = resolved?.source === 'environment' ? 'OPENRCM_ENCRYPTION_KEYS' : `the key file ${resolved?.file ?? ''}`.trimEnd();
    output.info(`  encryption  AES-256-GCM with key "${encryptedWith}" from ${source}`);
    output.info('  keep that key apart from the archive: restoring needs it, and it is not inside');
  } else {
    output.info('  encryption  none (--no-encrypt): the archive holds PHI in clear; store it encrypted');
  }
  return { file: result.file, bytes: result.bytes, encryptedWith };
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
