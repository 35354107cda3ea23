import { isValidNpi, npiCheckDigit } from './npi';

describe('NPI check digit', () => {
  it('accepts 1234567893 and computes its check digit', () => {
    expect(isValidNpi('1234567893')).toBe(true);
    expect(npiCheckDigit('123456789')).toBe(3);
  });

  it.each(['1234567890', '9876543210', '9876543211', '123456789', '12345678901', 'ABCDEFGHIJ'])('rejects %s', (npi) => {
    expect(isValidNpi(npi)).toBe(false);
  });

  it('accepts NPIs whose check digit is 0', () => {
    const base = '100000000';
    const npi = base + String(npiCheckDigit(base));
    expect(isValidNpi(npi)).toBe(true);
  });
});
