import { formatCents, parseCents, parseCentsAt, parseDecimal, parseDecimalAt } from './money';

describe('parseCents', () => {
  it.each([
    ['132', 13200], ['-1.27', -127], ['30.5', 3050], ['.5', 50], ['0.05', 5], ['1922.86', 192286],
    ['-800', -80000], ['+12.3', 1230], ['12.340', 1234], ['0', 0], ['-0', 0], ['19.99', 1999], ['0.07', 7],
  ])('parses %s to %i cents exactly', (text, cents) => {
    expect(parseCents(text)).toBe(cents);
  });

  it('gets amounts right that float multiplication gets wrong', () => {
    expect(Math.round(parseFloat('1.005') * 100)).toBe(100);
    expect(parseCents('1.10')).toBe(110);
    expect(parseCents('4.35')).toBe(435);
    expect(4.35 * 100).not.toBe(435);
  });

  it.each(['', '-', '.', '1.2.3', 'abc', '1,000', '1.005', '12e3', ' 1'])('rejects %j', (text) => {
    expect(parseCents(text)).toBeUndefined();
  });
});

describe('formatCents', () => {
  it.each([[10000, '100'], [10050, '100.5'], [-127, '-1.27'], [5, '0.05'], [0, '0'], [192286, '1922.86']])('%i -> %s', (cents, text) => {
    expect(formatCents(cents)).toBe(text);
    expect(parseCents(text)).toBe(cents);
  });

  it('refuses non-integer cents', () => {
    expect(() => formatCents(1.5)).toThrow(RangeError);
  });
});

describe('parseDecimal', () => {
  it('reads integers, signs and decimal points', () => {
    expect(parseDecimal('12')).toBe(12);
    expect(parseDecimal('-1.5')).toBe(-1.5);
    expect(parseDecimal('+2')).toBe(2);
    expect(parseDecimal('.5')).toBe(0.5);
    expect(parseDecimal('5.')).toBe(5);
    expect(parseDecimal('007')).toBe(7);
  });

  it('rejects what is not a decimal number', () => {
    for (const text of ['', '.', '-', '+', '1.2.3', '1e5', ' 1', '1-', 'abc', '--1']) expect(parseDecimal(text)).toBeUndefined();
  });
});

describe('parseCentsAt and parseDecimalAt', () => {
  it('read a range of a longer text like the functions on the range alone', () => {
    const text = 'SVC*HC:99213*-1.27*30.5**.5*1e3*2.5.1*';
    const ranges: [number, number][] = [];
    let start = 0;
    for (let i = 0; i <= text.length; i++) if (i === text.length || text[i] === '*') { ranges.push([start, i]); start = i + 1; }
    for (const [from, to] of ranges) {
      const element = text.slice(from, to);
      expect(parseCentsAt(text, from, to)).toBe(parseCents(element));
      expect(parseDecimalAt(text, from, to)).toBe(parseDecimal(element));
    }
    expect(parseCentsAt(text, 13, 18)).toBe(-127);
    expect(parseDecimalAt(text, 19, 23)).toBe(30.5);
  });
});
