import { ENCRYPTION_ENV, type EncryptionKeys } from './encryption-keys.loader';
import { EncryptionConfigError } from './crypto.errors';
import { FieldCipher } from './field-cipher';
import { KeyedHasher } from './keyed-hasher';

/** What the field encryption in this process uses: set once at boot by {@link configureFieldEncryption}. */
export interface FieldEncryption {
  readonly cipher: FieldCipher;
  readonly hasher: KeyedHasher;
  readonly keys: EncryptionKeys;
}

let configured: FieldEncryption | undefined;

/**
 * Installs the keys for {@link EncryptedStringType} columns and keyed hashes. MikroORM instantiates custom types
 * itself, so they read the keys from this module-level registry; call this at boot before the ORM writes or reads
 * an encrypted column. Calling it again replaces the keys (tests, rotation after a restart).
 */
export function configureFieldEncryption(keys: EncryptionKeys): FieldEncryption {
  configured = { cipher: new FieldCipher(keys.keyRing), hasher: new KeyedHasher(keys.hashKey), keys };
  return configured;
}

/** Removes the configured keys (tests). */
export function resetFieldEncryption(): void {
  configured = undefined;
}

/** Whether keys are configured. */
export function isFieldEncryptionConfigured(): boolean {
  return configured !== undefined;
}

/** The configured field encryption; throws a clear {@link EncryptionConfigError} when there is none. */
export function fieldEncryption(): FieldEncryption {
  if (configured) return configured;
  throw new EncryptionConfigError(
    `field encryption has no keys: set ${ENCRYPTION_ENV.keys}, ${ENCRYPTION_ENV.currentKeyId} and ${ENCRYPTION_ENV.hashKey} ` +
      '(on embedded defaults the server creates a key file beside the data directory)',
  );
}
