import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EncryptionConfigError } from './crypto.errors';
import { embeddedKeyFile, loadOrCreateEmbeddedKeys, readEmbeddedKeys, resolveEncryptionKeys } from './embedded-keys.loader';
import { FieldCipher } from './field-cipher';

const temporaryDataDir = () => join(mkdtempSync(join(tmpdir(), 'openrcm-keys-')), 'data');

describe('loadOrCreateEmbeddedKeys', () => {
  it('creates a 0600 key file beside the data directory on first run and reuses it afterwards', () => {
    const dataDir = temporaryDataDir();
    expect(readEmbeddedKeys(dataDir)).toBeUndefined();
    expect(existsSync(embeddedKeyFile(dataDir))).toBe(false);
    const first = loadOrCreateEmbeddedKeys(dataDir);
    expect(first.created).toBe(true);
    expect(first.file).toBe(`${dataDir}.keys.json`);
    expect(first.file).toBe(embeddedKeyFile(dataDir));
    expect(statSync(first.file as string).mode & 0o777).toBe(0o600);
    expect(existsSync(dataDir)).toBe(false);

    const second = loadOrCreateEmbeddedKeys(dataDir);
    expect(second.created).toBe(false);
    const value = new FieldCipher(first.keys.keyRing).encrypt('123456789', 'patient.ssn');
    expect(new FieldCipher(second.keys.keyRing).decrypt(value, 'patient.ssn')).toBe('123456789');
    expect(second.keys.hashKey.key.equals(first.keys.hashKey.key)).toBe(true);
    expect(second.keys.hashKey.key.equals(first.keys.keyRing.current().key)).toBe(false);
    expect(readEmbeddedKeys(dataDir)?.keyRing.toJSON()).toEqual(first.keys.keyRing.toJSON());
  });

  it('refuses a key file that other users can read, and one that is not a key file', () => {
    const dataDir = temporaryDataDir();
    const { file } = loadOrCreateEmbeddedKeys(dataDir);
    chmodSync(file as string, 0o644);
    expect(() => loadOrCreateEmbeddedKeys(dataDir)).toThrow(/readable by other users; run chmod 600/);
    chmodSync(file as string, 0o600);
    writeFileSync(file as string, '{"version":2}');
    expect(() => loadOrCreateEmbeddedKeys(dataDir)).toThrow(EncryptionConfigError);
  });

  it('keeps memory:// keys in the process only', () => {
    const keys = loadOrCreateEmbeddedKeys('memory://');
    expect(keys.file).toBeUndefined();
    expect(keys.keys.keyRing.current().key).toHaveLength(32);
  });
});

describe('resolveEncryptionKeys', () => {
  it('prefers the environment, falls back to the embedded key file, and gives none for PostgreSQL without keys', () => {
    const dataDir = temporaryDataDir();
    const env = { OPENRCM_ENCRYPTION_KEYS: `prod-1:${randomBytes(32).toString('base64')}`, OPENRCM_HASH_KEY: `hash-1:${randomBytes(32).toString('base64')}` };
    expect(resolveEncryptionKeys(env, { dataDir }).source).toBe('environment');
    expect(existsSync(embeddedKeyFile(dataDir))).toBe(false);
    const embedded = resolveEncryptionKeys({}, { dataDir });
    expect(embedded.source).toBe('embedded-key-file');
    expect(embedded.file).toBe(embeddedKeyFile(dataDir));
    expect(JSON.parse(readFileSync(embedded.file as string, 'utf8')).currentKeyId).toBe(embedded.keys?.keyRing.currentKeyId);
    expect(resolveEncryptionKeys({}, { url: 'postgres://db/openrcm', dataDir })).toEqual({ keys: undefined, source: 'none' });
  });
});
