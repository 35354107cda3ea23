import { ValidationError } from '../errors/errors';
import { Money } from './money';

describe('Money.parse', () => {
  it.each([
    ['125.5', 12550],
    ['-0.01', -1],
    ['1000', 100000],
    ['.75', 75],
    ['0', 0],
    ['-0', 0],
    ['12.340', 1234],
    ['0.1', 10],
    ['19.99', 1999],
    ['90071992547409.91', 9007199254740991],
  ])('reads %s as %i cents', (text, cents) => {
    expect(Money.parse(text).cents).toBe(cents);
  });

  it.each(['', '.', '-', '1,000', '12.345', 'abc', '1e3', '--1', '90071992547409.92'])('refuses %p', (text) => {
    expect(() => Money.parse(text, 'CLM02')).toThrow(ValidationError);
  });

  it('names the field in the error', () => {
    expect(() => Money.parse('12.345', 'SVC02')).toThrow(/fractions of a cent/);
    try {
      Money.parse('x', 'SVC02');
    } catch (error) {
      expect((error as ValidationError).issues[0]?.field).toBe('SVC02');
    }
  });
});

describe('Money formatting', () => {
  it.each([
    [12550, '125.5', '125.50', '$125.50'],
    [100000, '1000', '1000.00', '$1,000.00'],
    [-1, '-0.01', '-0.01', '-$0.01'],
    [0, '0', '0.00', '$0.00'],
    [123456789, '1234567.89', '1234567.89', '$1,234,567.89'],
    [10, '0.1', '0.10', '$0.10'],
  ])('%i cents', (cents, x12, fixed, display) => {
    const money = Money.fromCents(cents);
    expect(money.toX12()).toBe(x12);
    expect(money.toFixed2()).toBe(fixed);
    expect(money.toDisplay()).toBe(display);
    expect(Money.parse(money.toX12()).cents).toBe(cents);
  });
});

describe('Money arithmetic', () => {
  it('adds and subtracts exactly where floats drift', () => {
    const dime = Money.parse('0.1');
    const sum = Money.sum([dime, Money.parse('0.2')]);
    expect(sum.cents).toBe(30);
    expect(sum.minus(Money.parse('0.3')).isZero()).toBe(true);
  });

  it.each([
    [10001, 20, 100, 2000], // 20% of 100.01 = 20.002 -> 20.00
    [10005, 1, 2, 5003], // 50.025 -> 50.03 (half away from zero)
    [-10005, 1, 2, -5003],
    [28300, 2, 100, 566],
    [333, 1, 3, 111],
    [1, 1, 2, 1],
    [-1, 1, 2, -1],
    [100, -1, 3, -33],
  ])('%i cents × %i/%i = %i', (cents, numerator, denominator, expected) => {
    expect(Money.fromCents(cents).ratio(numerator, denominator).cents).toBe(expected);
  });

  it('refuses fractional cents and division by zero', () => {
    expect(() => Money.fromCents(1.5)).toThrow(ValidationError);
    expect(() => Money.fromCents(1).ratio(1, 0)).toThrow(ValidationError);
  });

  it('compares and serialises as cents', () => {
    expect(Money.fromCents(5).compare(Money.fromCents(7))).toBe(-1);
    expect(JSON.stringify({ total: Money.fromCents(1999) })).toBe('{"total":1999}');
  });
});
