import { randomBytes } from 'node:crypto';
import { EncryptionConfigError } from './crypto.errors';
import { loadEncryptionKeysFromEnv } from './encryption-keys.loader';

const key = () => randomBytes(32).toString('base64');

describe('loadEncryptionKeysFromEnv', () => {
  it('returns nothing when no variable is set', () => {
    expect(loadEncryptionKeysFromEnv({})).toBeUndefined();
  });

  it('reads several keys, the current id and the hash key', () => {
    const keys = loadEncryptionKeysFromEnv({
      OPENRCM_ENCRYPTION_KEYS: `k1:${key()}, k2:${key()}`,
      OPENRCM_ENCRYPTION_KEY_ID: 'k2',
      OPENRCM_HASH_KEY: `h1:${key()}`,
    });
    expect(keys?.keyRing.toJSON()).toEqual({ currentKeyId: 'k2', keyIds: ['k2', 'k1'] });
    expect(keys?.hashKey.id).toBe('h1');
  });

  it('uses the only key when no current id is given', () => {
    const keys = loadEncryptionKeysFromEnv({ OPENRCM_ENCRYPTION_KEYS: `only:${key()}`, OPENRCM_HASH_KEY: `h:${key()}` });
    expect(keys?.keyRing.currentKeyId).toBe('only');
  });

  it.each([
    [{ OPENRCM_HASH_KEY: `h:${key()}` }, /OPENRCM_ENCRYPTION_KEYS is not set/],
    [{ OPENRCM_ENCRYPTION_KEYS: `k1:${key()}` }, /OPENRCM_HASH_KEY is not set/],
    [{ OPENRCM_ENCRYPTION_KEYS: `k1:${key()},k2:${key()}`, OPENRCM_HASH_KEY: `h:${key()}` }, /OPENRCM_ENCRYPTION_KEY_ID must name the key/],
    [{ OPENRCM_ENCRYPTION_KEYS: `k1:${key()}`, OPENRCM_ENCRYPTION_KEY_ID: 'k3', OPENRCM_HASH_KEY: `h:${key()}` }, /"k3" is not among the keys \(k1\)/],
    [{ OPENRCM_ENCRYPTION_KEYS: `k1:${randomBytes(16).toString('base64')}`, OPENRCM_HASH_KEY: `h:${key()}` }, /must be 32 bytes/],
    [{ OPENRCM_ENCRYPTION_KEYS: 'nocolon', OPENRCM_HASH_KEY: `h:${key()}` }, /entry 1 must look like keyId:base64key/],
    [{ OPENRCM_ENCRYPTION_KEYS: `bad id:${key()}`, OPENRCM_HASH_KEY: `h:${key()}` }, /id "bad id" must match/],
    [{ OPENRCM_ENCRYPTION_KEYS: `k1:${key()},k1:${key()}`, OPENRCM_ENCRYPTION_KEY_ID: 'k1', OPENRCM_HASH_KEY: `h:${key()}` }, /appears twice/],
  ])('names the variable to fix (%#)', (env, message) => {
    expect(() => loadEncryptionKeysFromEnv(env)).toThrow(EncryptionConfigError);
    expect(() => loadEncryptionKeysFromEnv(env)).toThrow(message);
  });

  it('refuses a hash key equal to an encryption key and never puts key bytes in messages', () => {
    const shared = key();
    const attempt = () => loadEncryptionKeysFromEnv({ OPENRCM_ENCRYPTION_KEYS: `k1:${shared}`, OPENRCM_HASH_KEY: `h:${shared}` });
    expect(attempt).toThrow(/must differ/);
    try {
      loadEncryptionKeysFromEnv({ OPENRCM_ENCRYPTION_KEYS: `k1:${shared.slice(0, 20)}`, OPENRCM_HASH_KEY: `h:${key()}` });
    } catch (error) {
      expect((error as Error).message).not.toContain(shared.slice(0, 20));
    }
    expect.assertions(2);
  });
});
