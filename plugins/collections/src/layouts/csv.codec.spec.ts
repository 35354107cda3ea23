import { csvRecord, parseCsvLine } from './csv.codec';

describe('the CSV codec', () => {
  it('quotes fields with commas or quotes, doubling the quotes', () => {
    expect(csvRecord(['plain', 'a,b', 'say "hi"', ''])).toBe('plain,"a,b","say ""hi""",');
  });

  it('reads back what it writes', () => {
    expect(parseCsvLine('plain,"a,b","say ""hi""",')).toEqual({ fields: ['plain', 'a,b', 'say "hi"', ''] });
    expect(parseCsvLine('"",x')).toEqual({ fields: ['', 'x'] });
    expect(parseCsvLine(',')).toEqual({ fields: ['', ''] });
  });

  it('refuses stray and unclosed quotes', () => {
    expect(parseCsvLine('a,b"c')).toEqual({ problem: 'field 2 has a quote but is not quoted' });
    expect(parseCsvLine('"ab"c,d')).toEqual({ problem: 'field 1 has text after its closing quote' });
    expect(parseCsvLine('a,"bc')).toEqual({ problem: 'field 2 opens a quote that is not closed on this line' });
  });
});
