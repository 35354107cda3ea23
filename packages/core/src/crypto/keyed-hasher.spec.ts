import { randomBytes } from 'node:crypto';
import { EncryptionConfigError } from './crypto.errors';
import { normalizeIdentifier, normalizeSsn } from './identifier.normalizers';
import { KeyedHasher } from './keyed-hasher';

describe('KeyedHasher', () => {
  const hasher = new KeyedHasher({ id: 'h1', key: randomBytes(32) });

  it('gives equal hashes for equal normalised input, different ones per purpose and per key', () => {
    const a = hasher.hash('patient.ssn', normalizeSsn('123-45-6789') as string);
    const b = hasher.hash('patient.ssn', normalizeSsn(' 123 45 6789 ') as string);
    expect(a).toBe(b);
    expect(a).toMatch(/^hmac:v1:h1:[A-Za-z0-9_-]{43}$/);
    expect(a).not.toContain('123456789');
    expect(hasher.hash('guarantor.ssn', '123456789')).not.toBe(a);
    expect(new KeyedHasher({ id: 'h1', key: randomBytes(32) }).hash('patient.ssn', '123456789')).not.toBe(a);
  });

  it('refuses a short key', () => {
    expect(() => new KeyedHasher({ id: 'h1', key: randomBytes(16) })).toThrow(EncryptionConfigError);
  });
});

describe('normalizers', () => {
  it('reduces an SSN to nine digits or refuses it', () => {
    expect(normalizeSsn('123-45-6789')).toBe('123456789');
    expect(normalizeSsn('123.45.6789')).toBe('123456789');
    expect(normalizeSsn('12345678')).toBeUndefined();
    expect(normalizeSsn('12345678X')).toBeUndefined();
  });

  it('compacts and upper-cases identifiers', () => {
    expect(normalizeIdentifier(' abc-123 456 ')).toBe('ABC123456');
    expect(normalizeIdentifier(' - ')).toBeUndefined();
  });
});
