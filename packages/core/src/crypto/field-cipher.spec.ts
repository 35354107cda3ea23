import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { DecryptionError } from './crypto.errors';
import { FieldCipher } from './field-cipher';
import { KeyRing } from './key-ring';

const k1 = { id: 'k1', key: randomBytes(32) };
const k2 = { id: 'k2', key: randomBytes(32) };
const SSN = '123456789';

describe('FieldCipher', () => {
  it('writes enc:v1:<keyId>:<iv>:<data> with a fresh IV per value and reads it back', () => {
    const cipher = new FieldCipher(new KeyRing([k1], 'k1'));
    const first = cipher.encrypt(SSN, 'patient.ssn');
    const second = cipher.encrypt(SSN, 'patient.ssn');
    expect(first).toMatch(/^enc:v1:k1:[A-Za-z0-9+/]{16}:[A-Za-z0-9+/=]+$/);
    expect(first).not.toContain(SSN);
    expect(first).not.toBe(second);
    expect(cipher.decrypt(first, 'patient.ssn')).toBe(SSN);
    expect(cipher.decrypt(cipher.encrypt('', 'patient.ssn'), 'patient.ssn')).toBe('');
    expect(cipher.decrypt(cipher.encrypt('Zoë 🦷', 'x'), 'x')).toBe('Zoë 🦷');
  });

  it('refuses a value copied into another column, tampered with, or written with an unknown key, without echoing it', () => {
    const cipher = new FieldCipher(new KeyRing([k1], 'k1'));
    const value = cipher.encrypt(SSN, 'patient.ssn');
    const attempts: Array<[string, RegExp]> = [
      [value, /coverage\.member_id failed authentication with key "k1"/],
      [tamper(value), /failed authentication/],
      [value.replace('enc:v1:k1:', 'enc:v1:k9:'), /key "k9", which is not in OPENRCM_ENCRYPTION_KEYS/],
      [SSN, /is not an OpenRCM ciphertext/],
      ['enc:v1:k1:onlytwo', /is not an OpenRCM ciphertext/],
    ];
    for (const [input, message] of attempts) {
      const error = captureError(() => cipher.decrypt(input, 'coverage.member_id'));
      expect(error).toBeInstanceOf(DecryptionError);
      expect(error.message).toMatch(message);
      expect(error.message).not.toContain(SSN);
      expect(error.message).not.toContain(input);
    }
  });

  it('rotates: older keys still decrypt, new values use the current key, reencrypt moves values forward', () => {
    const before = new FieldCipher(new KeyRing([k1], 'k1'));
    const old = before.encrypt(SSN, 'patient.ssn');
    const after = new FieldCipher(new KeyRing([k1, k2], 'k2'));
    expect(after.decrypt(old, 'patient.ssn')).toBe(SSN);
    expect(after.needsReencryption(old)).toBe(true);
    const moved = after.reencrypt(old, 'patient.ssn');
    expect(moved.startsWith('enc:v1:k2:')).toBe(true);
    expect(after.needsReencryption(moved)).toBe(false);
    expect(new FieldCipher(new KeyRing([k2], 'k2')).decrypt(moved, 'patient.ssn')).toBe(SSN);
    expect(() => new FieldCipher(new KeyRing([k2], 'k2')).decrypt(old, 'patient.ssn')).toThrow(DecryptionError);
  });

  it('never shows key bytes when the key ring is inspected or serialised', () => {
    const ring = new KeyRing([k1, k2], 'k2');
    const shown = `${inspect(ring)} ${JSON.stringify(ring)} ${inspect(new FieldCipher(ring), { depth: 5 })}`;
    for (const { key } of [k1, k2]) {
      expect(shown).not.toContain(key.toString('base64'));
      expect(shown).not.toContain(key.toString('hex'));
    }
    expect(JSON.stringify(ring)).toBe('{"currentKeyId":"k2","keyIds":["k2","k1"]}');
  });
});

function tamper(value: string): string {
  const at = value.lastIndexOf(':') + 3;
  return value.slice(0, at) + (value[at] === 'A' ? 'B' : 'A') + value.slice(at + 1);
}

function captureError(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
