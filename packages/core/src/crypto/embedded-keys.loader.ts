import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { writeFileAtomic } from './atomic-write';
import { EncryptionConfigError } from './crypto.errors';
import { ENCRYPTION_ENV, loadEncryptionKeysFromEnv, parseKeyEntry, type EncryptionKeys } from './encryption-keys.loader';
import { KeyRing, KEY_BYTES } from './key-ring';

/** Keys for the embedded database, and where they came from. */
export interface EmbeddedKeys {
  readonly keys: EncryptionKeys;
  /** The key file; undefined for `memory://` databases, whose keys live only as long as the process. */
  readonly file: string | undefined;
  /** Whether this call created the keys. */
  readonly created: boolean;
}

interface KeyFile {
  readonly version: 1;
  readonly currentKeyId: string;
  readonly encryptionKeys: readonly string[];
  readonly hashKey: string;
}

/**
 * The key file of an embedded database: beside the PGlite data directory, not inside it, so that a backup of the
 * data directory never carries its own key and a forced restore never deletes it (`.openrcm/data` →
 * `.openrcm/data.keys.json`).
 */
export function embeddedKeyFile(dataDir: string): string {
  const absolute = resolve(dataDir);
  return join(dirname(absolute), `${basename(absolute)}.keys.json`);
}

/**
 * Keys for an embedded (PGlite) database when the environment sets none: reads {@link embeddedKeyFile}, or on first
 * run creates it (mode 0600, random 32-byte keys). Production sets `OPENRCM_ENCRYPTION_KEYS`, `OPENRCM_ENCRYPTION_KEY_ID`
 * and `OPENRCM_HASH_KEY` and keeps keys away from the data and its backups.
 */
export function loadOrCreateEmbeddedKeys(dataDir: string): EmbeddedKeys {
  if (dataDir.startsWith('memory://')) return { keys: randomKeys(), file: undefined, created: true };
  const file = embeddedKeyFile(dataDir);
  if (existsSync(file)) return { keys: readKeyFile(file), file, created: false };
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const keys = randomKeys();
  writeFileAtomic(file, `${JSON.stringify(toKeyFile(keys), null, 2)}\n`, 0o600);
  return { keys, file, created: true };
}

/**
 * The keys of an embedded database if its key file exists; never creates one (restore uses this, so that a missing
 * key file is reported instead of replaced by new keys).
 */
export function readEmbeddedKeys(dataDir: string): EncryptionKeys | undefined {
  if (dataDir.startsWith('memory://')) return undefined;
  const file = embeddedKeyFile(dataDir);
  return existsSync(file) ? readKeyFile(file) : undefined;
}

/**
 * The keys this process should use: the environment's when set ({@link ENCRYPTION_ENV}); otherwise, on the
 * embedded database, {@link loadOrCreateEmbeddedKeys}; otherwise (PostgreSQL without keys) none, and writing an
 * encrypted column fails with an error naming the variables.
 */
export function resolveEncryptionKeys(
  env: NodeJS.ProcessEnv,
  database: { readonly url?: string; readonly dataDir: string },
): { readonly keys: EncryptionKeys | undefined; readonly source: 'environment' | 'embedded-key-file' | 'none'; readonly file?: string } {
  const fromEnv = loadEncryptionKeysFromEnv(env);
  if (fromEnv) return { keys: fromEnv, source: 'environment' };
  if (database.url) return { keys: undefined, source: 'none' };
  const embedded = loadOrCreateEmbeddedKeys(database.dataDir);
  return { keys: embedded.keys, source: 'embedded-key-file', ...(embedded.file ? { file: embedded.file } : {}) };
}

function randomKeys(): EncryptionKeys {
  const keyId = `embedded-${randomBytes(4).toString('hex')}`;
  return {
    keyRing: new KeyRing([{ id: keyId, key: randomBytes(KEY_BYTES) }], keyId),
    hashKey: { id: `${keyId}-hash`, key: randomBytes(KEY_BYTES) },
  };
}

function toKeyFile({ keyRing, hashKey }: EncryptionKeys): KeyFile {
  const entries = keyRing.ids().map((id) => `${id}:${(keyRing.get(id) as Buffer).toString('base64')}`);
  return { version: 1, currentKeyId: keyRing.currentKeyId, encryptionKeys: entries, hashKey: `${hashKey.id}:${hashKey.key.toString('base64')}` };
}

function readKeyFile(file: string): EncryptionKeys {
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) {
    throw new EncryptionConfigError(`${file} is readable by other users; run chmod 600 on it (or set ${ENCRYPTION_ENV.keys} instead)`);
  }
  let parsed: Partial<KeyFile>;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<KeyFile>;
  } catch {
    throw new EncryptionConfigError(`${file} is not a valid key file (JSON)`);
  }
  if (parsed.version !== 1 || !Array.isArray(parsed.encryptionKeys) || typeof parsed.currentKeyId !== 'string' || typeof parsed.hashKey !== 'string') {
    throw new EncryptionConfigError(`${file} is not a version 1 key file (currentKeyId, encryptionKeys, hashKey)`);
  }
  const keys = parsed.encryptionKeys.map((entry, index) => parseKeyEntry(String(entry), `${file} encryptionKeys[${index}]`));
  return { keyRing: new KeyRing(keys, parsed.currentKeyId), hashKey: parseKeyEntry(parsed.hashKey, `${file} hashKey`) };
}
