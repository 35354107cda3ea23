import type { LoadedConfig } from '../config/load-config';
import { requireEmbeddedDatabase, type EmbeddedBackupOperations } from './backup.command';
import type { CommandOutput } from './command-output';

/** Options of `openrcm restore`. */
export interface RestoreCommandOptions {
  /** Replace a data directory that is not empty. */
  readonly force?: boolean;
}

/**
 * Restores an archive made by `openrcm backup` into the configured data directory (refusing a non-empty one unless
 * `force`), decrypting with the environment's keys or the embedded key file, and says what is left to do.
 */
export async function runRestore<Ring>(
  loaded: LoadedConfig,
  file: string,
  output: CommandOutput,
  options: RestoreCommandOptions,
  operations: EmbeddedBackupOperations<Ring>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ dataDir: string; replaced: boolean; pendingMigrations: string[] }> {
  const dataDir = requireEmbeddedDatabase(loaded, 'restore');
  const keys = operations.loadEncryptionKeysFromEnv(env) ?? operations.readEmbeddedKeys(dataDir);
  const keyRing = keys?.keyRing;
  const result = await operations.restoreEmbedded(file, dataDir, { ...(options.force ? { force: true } : {}), ...(keyRing ? { keyRing } : {}) });
  output.info(`restored ${file} into PGlite in ${result.dataDir}${result.replaced ? ' (its previous contents were replaced)' : ''}`);
  output.info(`  backup made ${result.manifest.createdAt}, ${result.manifest.migrations.length} migration(s)`);
  if (result.manifest.payload.encryption) output.info(`  decrypted with key "${result.manifest.payload.encryption.keyId}"`);
  if (result.pendingMigrations.length > 0) {
    output.info(`  ${result.pendingMigrations.length} newer migration(s) to apply: run \`openrcm migrate\` (or start the server, which migrates on boot)`);
  }
  output.info('  encrypted columns need the keys of the installation that wrote them (OPENRCM_ENCRYPTION_KEYS or its key file)');
  return { dataDir: result.dataDir, replaced: result.replaced, pendingMigrations: result.pendingMigrations };
}
