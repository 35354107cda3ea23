/** One record of a CSV text: its fields and the line it starts on (1-based, counting the header). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
}

/** A CSV text that breaks RFC 4180, with the line where it does. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

/**
 * Reads CSV text as RFC 4180 describes it: comma-separated fields, fields in double quotes may hold commas, line
 * breaks and doubled quotes (`""`). Accepts CRLF or LF line ends, a byte-order mark, and a missing final line end;
 * skips blank lines. A quote inside an unquoted field, text after a closing quote, or an unclosed quote is an error.
 */
export function readCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let closed = false; // after the closing quote of a quoted field
  let i = 0;
  const endField = () => {
    fields.push(field);
    field = '';
    closed = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };
  while (i < input.length) {
    const char = input[i] as string;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') {
        quoted = false;
        closed = true;
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
      i += 1;
      continue;
    }
    if (char === ',') {
      endField();
    } else if (char === '\n' || (char === '\r' && input[i + 1] === '\n')) {
      endRecord();
      i += char === '\r' ? 1 : 0;
      line += 1;
      recordLine = line;
    } else if (closed) {
      throw new CsvSyntaxError(line, 'text after the closing quote of a field (a quote inside a quoted field is written "")');
    } else if (char === '"') {
      if (field !== '') throw new CsvSyntaxError(line, 'a quote inside an unquoted field (quote the whole field and double the quote)');
      quoted = true;
    } else {
      field += char;
    }
    i += 1;
  }
  if (quoted) throw new CsvSyntaxError(recordLine, 'a quoted field is never closed');
  if (field !== '' || fields.length > 0 || closed) endRecord();
  return records;
}
