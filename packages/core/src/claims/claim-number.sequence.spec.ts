import { claimNumberOf, lineItemControlNumberOf, patientControlNumberOf, toBase32 } from './claim-number.sequence';

describe('claim numbers', () => {
  it('writes Crockford base 32 without I, L, O or U, padded to seven digits', () => {
    expect(toBase32(0)).toBe('0000000');
    expect(toBase32(31)).toBe('000000Z');
    expect(toBase32(32)).toBe('0000010');
    expect(toBase32(32 ** 7 - 1)).toBe('ZZZZZZZ');
    expect(() => toBase32(32 ** 7)).toThrow('does not fit');
    expect(() => toBase32(-1)).toThrow();
    const all = Array.from({ length: 5000 }, (_, index) => toBase32(index * 7919)).join('');
    expect(all).not.toMatch(/[ILOU]/);
  });

  it('makes CLM01 of at most 20 characters, unique per number', () => {
    const numbers = Array.from({ length: 10_000 }, (_, index) => patientControlNumberOf(index + 1));
    expect(new Set(numbers).size).toBe(10_000);
    expect(numbers.every((number) => /^C[0-9A-Z]{7}$/.test(number) && number.length <= 20)).toBe(true);
    expect(patientControlNumberOf(1)).toBe('C0000001');
    expect(patientControlNumberOf(1024)).toBe('C0000100');
  });

  it('makes REF*6R from CLM01 and the line number, unique across claims and lines', () => {
    expect(lineItemControlNumberOf('C0000001', 1)).toBe('C0000001-01');
    expect(lineItemControlNumberOf('C0000001', 50)).toBe('C0000001-50');
    const numbers = [1, 2, 33].flatMap((claim) => Array.from({ length: 50 }, (_, index) => lineItemControlNumberOf(patientControlNumberOf(claim), index + 1)));
    expect(new Set(numbers).size).toBe(150);
    expect(() => lineItemControlNumberOf('C0000001', 0)).toThrow();
  });

  it('reads the claim number back from a CLM01 it wrote, and nothing from another system\'s', () => {
    for (const value of [1, 31, 1024, 32 ** 7 - 1]) expect(claimNumberOf(patientControlNumberOf(value))).toBe(value);
    expect(claimNumberOf('PCN-1')).toBeNull();
    expect(claimNumberOf('C000000I')).toBeNull();
    expect(claimNumberOf('C00000001')).toBeNull();
  });
});
