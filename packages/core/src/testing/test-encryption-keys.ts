import { randomBytes } from 'node:crypto';
import { ENCRYPTION_ENV } from '../crypto';

/**
 * Puts random field-encryption keys in `env` when it has none, as a PostgreSQL deployment must (embedded PGlite
 * makes its own). For tests only: the keys live as long as the process.
 */
export function ensureTestEncryptionKeys(env: NodeJS.ProcessEnv = process.env): void {
  if (env[ENCRYPTION_ENV.keys]) return;
  env[ENCRYPTION_ENV.keys] = `test-key:${randomBytes(32).toString('base64')}`;
  env[ENCRYPTION_ENV.currentKeyId] = 'test-key';
  env[ENCRYPTION_ENV.hashKey] = `test-hash:${randomBytes(32).toString('base64')}`;
}
