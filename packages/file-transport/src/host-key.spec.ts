import { createHash } from 'node:crypto';
import { HOST_KEY_FINGERPRINT, matchesPinnedKey, sha256Fingerprint } from './host-key';

const key = Buffer.from('an ssh host key blob');
const base64 = createHash('sha256').update(key).digest('base64');

describe('host key pinning', () => {
  it('prints the fingerprint as OpenSSH does: SHA256: and unpadded base64', () => {
    expect(sha256Fingerprint(key)).toBe(`SHA256:${base64.replace(/=+$/, '')}`);
    expect(sha256Fingerprint(key)).toMatch(HOST_KEY_FINGERPRINT);
  });

  it('matches the pinned fingerprint with or without the prefix and the padding, and nothing else', () => {
    expect(matchesPinnedKey(key, base64)).toBe(true);
    expect(matchesPinnedKey(key, `SHA256:${base64.replace(/=+$/, '')}`)).toBe(true);
    expect(matchesPinnedKey(Buffer.from('another key'), base64)).toBe(false);
  });

  it('takes only fingerprint-shaped text as a pin', () => {
    expect(HOST_KEY_FINGERPRINT.test('SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU')).toBe(true);
    expect(HOST_KEY_FINGERPRINT.test('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=')).toBe(true);
    expect(HOST_KEY_FINGERPRINT.test('MD5:12:34')).toBe(false);
  });
});
