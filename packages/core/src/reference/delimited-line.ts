import { splitCsvLine } from '../csv/csv-line';

/** The field separator of a delimited release file: a tab if its first line has one, else a comma. */
export type Delimiter = '\t' | ',';

/** The separator a file uses, judged from its first non-blank line. */
export function delimiterOf(firstLine: string): Delimiter {
  return firstLine.includes('\t') ? '\t' : ',';
}

/**
 * Splits one line into trimmed fields. Tab-separated lines split on tabs; comma-separated lines follow RFC 4180
 * (see {@link splitCsvLine}). A quote left open is refused naming the line.
 */
export function splitDelimitedLine(line: string, delimiter: Delimiter, lineNumber: number): string[] {
  return delimiter === '\t' ? line.split('\t').map((field) => field.trim()) : splitCsvLine(line, lineNumber);
}
