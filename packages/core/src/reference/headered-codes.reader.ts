import { ValidationError } from '@openrcm/sdk';
import type { LocatedCodeEntry } from './code-entry';
import { delimiterOf, splitDelimitedLine, type Delimiter } from './delimited-line';
import { readReleaseLines } from './release-lines.reader';

/** How a delimited code list with a header line is read: which columns hold the code and its description. */
export interface HeaderedCodeLayout {
  /** Header names of the code column, any of them (compared without case, spaces and underscores alike). */
  readonly codeHeaders: readonly string[];
  /** Header names of the description column, most preferred first (a short descriptor before a long one). */
  readonly descriptionHeaders: readonly string[];
  readonly codePattern: RegExp;
  /** What a code looks like, for the error naming a bad one. */
  readonly codeDescription: string;
  /** Accept a row without a description (stored empty) instead of refusing it: public files where a few codes have none. */
  readonly allowEmptyDescription?: boolean;
  /** Rows that are not codes of the set (a priced modifier variant, a continuation line), by column header. */
  readonly leaveOut?: (cellOf: (header: string) => string, lineNumber: number) => boolean;
}

/** A header name as compared: lower case, runs of spaces and underscores as one space. */
export function headerKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_]+/g, ' ');
}

interface Columns {
  readonly delimiter: Delimiter;
  readonly names: readonly string[];
  readonly labels: readonly string[];
  readonly code: number;
  readonly description: number;
}

/**
 * Reads a comma- or tab-separated code list whose first line (after blank lines and `#` comment lines) names its
 * columns; yields each row's code (upper case) and description. A row with a malformed code or no description is
 * refused naming the line and the column.
 */
export async function* readHeaderedCodes(file: string, layout: HeaderedCodeLayout): AsyncGenerator<LocatedCodeEntry> {
  let columns: Columns | undefined;
  for await (const { text, lineNumber } of readReleaseLines(file)) {
    if (text.trim() === '' || (!columns && text.trimStart().startsWith('#'))) continue;
    if (!columns) {
      columns = headerColumns(text, lineNumber, layout);
      continue;
    }
    const cells = splitDelimitedLine(text, columns.delimiter, lineNumber);
    const names = columns.names;
    const cellOf = (header: string) => cells[names.indexOf(headerKey(header))] ?? '';
    if (layout.leaveOut?.(cellOf, lineNumber)) continue;
    const code = (cells[columns.code] ?? '').toUpperCase();
    const description = cells[columns.description] ?? '';
    if (!layout.codePattern.test(code)) {
      throw new ValidationError([{ field: `line ${lineNumber}`, message: `expected ${layout.codeDescription} in column "${columns.labels[columns.code]}", found "${code}"` }]);
    }
    if (description === '' && !layout.allowEmptyDescription) throw new ValidationError([{ field: `line ${lineNumber}`, message: `the description (column "${columns.labels[columns.description]}") is empty` }]);
    yield { code, description, lineNumber };
  }
}

function headerColumns(text: string, lineNumber: number, layout: HeaderedCodeLayout): Columns {
  const delimiter = delimiterOf(text);
  const labels = splitDelimitedLine(text, delimiter, lineNumber);
  const names = labels.map(headerKey);
  const code = names.findIndex((name) => layout.codeHeaders.some((header) => headerKey(header) === name));
  const preferred = layout.descriptionHeaders.map(headerKey).find((header) => names.includes(header));
  if (code < 0 || preferred === undefined) {
    throw new ValidationError([
      {
        field: `line ${lineNumber}`,
        message:
          `expected a header line naming the code column (one of: ${layout.codeHeaders.join(', ')}) ` +
          `and the description column (one of: ${layout.descriptionHeaders.join(', ')})`,
      },
    ]);
  }
  return { delimiter, names, labels, code, description: names.indexOf(preferred) };
}
