import { formatDate8, parseDate6, parseDate8, parseDate8At, parseTime } from './dates';

describe('dates', () => {
  it('parses CCYYMMDD to ISO and rejects impossible dates', () => {
    expect(parseDate8('20061003')).toBe('2006-10-03');
    expect(parseDate8('20240229')).toBe('2024-02-29');
    expect(parseDate8('20230229')).toBeUndefined();
    expect(parseDate8('20061332')).toBeUndefined();
    expect(parseDate8('2006103')).toBeUndefined();
    expect(parseDate8('2006-1-3')).toBeUndefined();
    expect(parseDate8('2006100 ')).toBeUndefined();
    expect(parseDate8('20061000')).toBeUndefined();
  });

  it('parses YYMMDD with a 50-year window', () => {
    expect(parseDate6('061015')).toBe('2006-10-15');
    expect(parseDate6('991231')).toBe('1999-12-31');
  });

  it('parses times and rejects 97 seconds', () => {
    expect(parseTime('1705')).toBe('17:05');
    expect(parseTime('102430')).toBe('10:24:30');
    expect(parseTime('102497')).toBeUndefined();
    expect(parseTime('2460')).toBeUndefined();
  });

  it('formats ISO dates back', () => {
    expect(formatDate8('2006-10-03')).toBe('20061003');
    expect(() => formatDate8('2006-02-30')).toThrow(RangeError);
  });
});

describe('parseDate8At', () => {
  it('reads a date inside a longer text, and nothing that is not exactly CCYYMMDD', () => {
    const text = 'DTM*472*20240229*20230229*2024010';
    expect(parseDate8At(text, 8, 16)).toBe('2024-02-29');
    expect(parseDate8At(text, 17, 25)).toBeUndefined();
    expect(parseDate8At(text, 26, 33)).toBeUndefined();
    expect(parseDate8At(text, 4, 12)).toBeUndefined();
  });

  it('returns the right date for many distinct dates read twice (cache slots shared between dates)', () => {
    const texts: string[] = [];
    for (let year = 1990; year < 2010; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 28; day += 3) texts.push(`${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`);
      }
    }
    const iso = (t: string) => `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}`;
    for (let pass = 0; pass < 2; pass++) for (const t of texts) expect(parseDate8At(`DTM*472*${t}`, 8, 16)).toBe(iso(t));
    expect(parseDate8('20230229')).toBeUndefined();
    expect(parseDate8('00000000')).toBeUndefined();
  });
});
