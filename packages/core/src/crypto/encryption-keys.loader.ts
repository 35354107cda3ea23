import { EncryptionConfigError } from './crypto.errors';
import { checkKey, KeyRing, type KeyMaterial } from './key-ring';

/** Environment variables that hold the keys. */
export const ENCRYPTION_ENV = {
  /** Comma-separated `keyId:base64key` (32-byte keys); every key decrypts. */
  keys: 'OPENRCM_ENCRYPTION_KEYS',
  /** The id of the key that encrypts new values (may be omitted when there is one key). */
  currentKeyId: 'OPENRCM_ENCRYPTION_KEY_ID',
  /** `keyId:base64key` (32 bytes) for the keyed hashes used to search encrypted fields. */
  hashKey: 'OPENRCM_HASH_KEY',
} as const;

/** The keys OpenRCM encrypts and hashes with. */
export interface EncryptionKeys {
  readonly keyRing: KeyRing;
  readonly hashKey: KeyMaterial;
}

/**
 * Reads {@link ENCRYPTION_ENV} from `env`. Returns undefined when none of the variables is set; throws
 * {@link EncryptionConfigError} (naming the variable, never showing key bytes) when they are incomplete or malformed.
 */
export function loadEncryptionKeysFromEnv(env: NodeJS.ProcessEnv = process.env): EncryptionKeys | undefined {
  const keysValue = env[ENCRYPTION_ENV.keys]?.trim();
  const currentValue = env[ENCRYPTION_ENV.currentKeyId]?.trim();
  const hashValue = env[ENCRYPTION_ENV.hashKey]?.trim();
  if (!keysValue && !currentValue && !hashValue) return undefined;
  if (!keysValue) throw new EncryptionConfigError(`${ENCRYPTION_ENV.keys} is not set (comma-separated keyId:base64key entries, 32-byte keys)`);
  if (!hashValue) throw new EncryptionConfigError(`${ENCRYPTION_ENV.hashKey} is not set (keyId:base64key, a 32-byte key separate from the encryption keys)`);
  const keys = keysValue.split(',').map((entry, index) => parseKeyEntry(entry, `${ENCRYPTION_ENV.keys} entry ${index + 1}`));
  const currentKeyId = currentValue || soleKeyId(keys);
  const hashKey = parseKeyEntry(hashValue, ENCRYPTION_ENV.hashKey);
  if (keys.some((key) => key.key.equals(hashKey.key))) {
    throw new EncryptionConfigError(`${ENCRYPTION_ENV.hashKey} must differ from every key in ${ENCRYPTION_ENV.keys}`);
  }
  return { keyRing: new KeyRing(keys, currentKeyId), hashKey };
}

/** Parses `keyId:base64key`; `where` names the variable in errors. */
export function parseKeyEntry(entry: string, where: string): KeyMaterial {
  const separator = entry.indexOf(':');
  if (separator <= 0) throw new EncryptionConfigError(`${where} must look like keyId:base64key`);
  const id = entry.slice(0, separator).trim();
  const encoded = entry.slice(separator + 1).trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(encoded)) throw new EncryptionConfigError(`${where} ("${id}") is not base64`);
  const key = Buffer.from(encoded, 'base64');
  checkKey(id, key, where);
  return { id, key };
}

function soleKeyId(keys: readonly KeyMaterial[]): string {
  if (keys.length === 1) return (keys[0] as KeyMaterial).id;
  throw new EncryptionConfigError(`${ENCRYPTION_ENV.currentKeyId} must name the key to encrypt with when ${ENCRYPTION_ENV.keys} holds several`);
}
