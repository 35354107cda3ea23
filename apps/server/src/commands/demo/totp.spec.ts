import { totpCode } from './totp';

/** RFC 6238 appendix B (SHA-1 seed "12345678901234567890"), the last six of its eight digits. */
const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('totpCode', () => {
  it.each([
    [59, '287082'],
    [1111111109, '081804'],
    [1111111111, '050471'],
    [1234567890, '005924'],
    [2000000000, '279037'],
  ])('at %i s gives %s', (seconds, code) => {
    expect(totpCode(SECRET, seconds * 1000)).toBe(code);
  });

  it('refuses a secret that is not base32', () => {
    expect(() => totpCode('NOT-BASE32!')).toThrow('not a base32 authenticator secret');
  });
});
