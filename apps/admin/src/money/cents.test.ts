import { describe, expect, it } from 'vitest';
import { formatCents, parseDollars } from './cents';

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
});
