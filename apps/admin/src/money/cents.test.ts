import { describe, expect, it } from 'vitest';
import { centsInput, formatCents, parseDollars } from './cents';

describe('dollars and cents', () => {
  it('formats cents as dollars', () => {
    expect(formatCents(12345)).toBe('$123.45');
    expect(formatCents(-500)).toBe('-$5.00');
    expect(formatCents(0)).toBe('$0.00');
  });

  it('reads typed amounts to cents without floats', () => {
    expect(parseDollars('1,234.5')).toBe(123450);
    expect(parseDollars('$12')).toBe(1200);
    expect(parseDollars('-3.05')).toBe(-305);
    expect(parseDollars('0.29')).toBe(29);
    expect(parseDollars('12.345')).toBeNull();
    expect(parseDollars('ten')).toBeNull();
    expect(parseDollars('')).toBeNull();
  });

  it('writes cents as an amount to edit, which reads back to the same cents', () => {
    expect(centsInput(500)).toBe('5.00');
    expect(centsInput(123456)).toBe('1234.56');
    expect(centsInput(7)).toBe('0.07');
    expect(centsInput(-305)).toBe('-3.05');
    expect(centsInput(0)).toBe('0.00');
    for (const cents of [0, 1, 99, 100, 500, 1999, 10_000_000, -1]) expect(parseDollars(centsInput(cents))).toBe(cents);
  });
});
