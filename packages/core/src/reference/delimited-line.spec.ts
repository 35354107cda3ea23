import { delimiterOf, splitDelimitedLine } from './delimited-line';
import { isoDateOf } from './release-date';

describe('delimited release lines', () => {
  it.each([
    ['a,b,c', ['a', 'b', 'c']],
    ['"a, b",c', ['a, b', 'c']],
    ['"say ""hi""", x ', ['say "hi"', 'x']],
    [' "quoted" ,', ['quoted', '']],
    ['', ['']],
  ])('splits %p as CSV', (line, fields) => {
    expect(splitDelimitedLine(line, ',', 1)).toEqual(fields);
  });

  it('splits tab-separated lines on tabs only, and tells the two apart by the first line', () => {
    expect(splitDelimitedLine('a, b\t c ', '\t', 1)).toEqual(['a, b', 'c']);
    expect(delimiterOf('code\tdescription')).toBe('\t');
    expect(delimiterOf('code,description')).toBe(',');
  });

  it.each([
    ['20251231', '2025-12-31'],
    ['2025-01-01', '2025-01-01'],
    ['1/1/1995', '1995-01-01'],
    ['12/31/2026', '2026-12-31'],
    ['20250231', undefined],
    ['13/01/2020', undefined],
    ['2025', undefined],
  ])('reads the date %p', (text, iso) => {
    expect(isoDateOf(text)).toBe(iso);
  });
});
