import { ValidationError } from '@openrcm/sdk';

/** The field separator of a delimited release file: a tab if its first line has one, else a comma. */
export type Delimiter = '\t' | ',';

/** The separator a file uses, judged from its first non-blank line. */
export function delimiterOf(firstLine: string): Delimiter {
  return firstLine.includes('\t') ? '\t' : ',';
}

/**
 * Splits one line into trimmed fields. Tab-separated lines split on tabs; comma-separated lines follow RFC 4180
 * (fields in double quotes may hold commas, `""` is a quote). A quote left open is refused naming the line.
 */
export function splitDelimitedLine(line: string, delimiter: Delimiter, lineNumber: number): string[] {
  if (delimiter === '\t') return line.split('\t').map((field) => field.trim());
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index] as string;
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (char === ',') {
      fields.push(field.trim());
      field = '';
    } else field += char;
  }
  if (quoted) throw new ValidationError([{ field: `line ${lineNumber}`, message: 'a quoted field is not closed on this line' }]);
  fields.push(field.trim());
  return fields;
}
