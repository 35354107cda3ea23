import { ValidationError } from '@openrcm/sdk';

/** One line of a CSV text with its 1-based number. */
export interface CsvLine {
  readonly number: number;
  readonly cells: string[];
}

/**
 * Splits one CSV line (RFC 4180 quoting: `"a, b"`, `""` for a quote) into trimmed cells. A quote left open is refused
 * naming the line; fields spanning lines do not occur in the CMS or fee-schedule files.
 */
export function splitCsvLine(line: string, lineNumber: number): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index] as string;
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === ',') {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  if (quoted) throw new ValidationError([{ field: `line ${lineNumber}`, message: 'a quoted field is not closed on this line' }]);
  cells.push(cell.trim());
  return cells;
}

/** The lines of a CSV text (CRLF or LF, a leading byte-order mark dropped), each split into cells. */
export function* csvLines(text: string): Generator<CsvLine> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    yield { number: index + 1, cells: splitCsvLine(lines[index] as string, index + 1) };
  }
}

/** Whether every cell of a line is empty (a blank line, or only commas). */
export function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell === '');
}

/** The field a file error names: the line, and the column by position and header name. */
export function cellField(lineNumber: number, column: number, name: string): string {
  return `line ${lineNumber}, column ${column + 1} (${name})`;
}
