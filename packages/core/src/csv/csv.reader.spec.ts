import { CsvSyntaxError, readCsv } from './csv.reader';

describe('the RFC 4180 CSV reader', () => {
  it('reads plain fields with CRLF or LF line ends and without a final line end', () => {
    expect(readCsv('a,b,c\r\n1,2,3\r\n')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '2', '3'] },
    ]);
    expect(readCsv('a,b\n1,2')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(readCsv('a,,c,\n')).toEqual([{ line: 1, fields: ['a', '', 'c', ''] }]);
  });

  it('reads quoted fields holding commas, doubled quotes and line breaks, and counts lines through them', () => {
    const records = readCsv('id,name\n1,"Smith, Jones ""and"" Co"\n2,"two\r\nlines"\n3,last\n');
    expect(records).toEqual([
      { line: 1, fields: ['id', 'name'] },
      { line: 2, fields: ['1', 'Smith, Jones "and" Co'] },
      { line: 3, fields: ['2', 'two\r\nlines'] },
      { line: 5, fields: ['3', 'last'] },
    ]);
  });

  it('skips blank lines but keeps counting them, and drops a byte-order mark', () => {
    expect(readCsv('\uFEFFa,b\n\n\n1,2\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 4, fields: ['1', '2'] },
    ]);
  });

  it('reads an empty quoted field and a quoted last field without a line end', () => {
    expect(readCsv('"",x,"y"')).toEqual([{ line: 1, fields: ['', 'x', 'y'] }]);
  });

  it.each([
    ['a,b\n1,"open\n', 2, 'a quoted field is never closed'],
    ['a,b\n1,x"y\n', 2, 'a quote inside an unquoted field (quote the whole field and double the quote)'],
    ['a,b\n\n1,"x"y\n', 3, 'text after the closing quote of a field (a quote inside a quoted field is written "")'],
  ])('refuses %p naming the line', (text, line, reason) => {
    let thrown: unknown;
    try {
      readCsv(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CsvSyntaxError);
    expect(thrown).toMatchObject({ line, reason });
  });
});
