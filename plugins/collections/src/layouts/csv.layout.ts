import type { ValidationIssue } from '@openrcm/sdk';
import { isoDate } from './calendar-date';
import { centsToDecimal, decimalToCents } from './cents';
import type { Column, RowValues } from './columns';
import { csvRecord, parseCsvLine } from './csv.codec';
import type { FileLayout, RawRecord, ValueFormat } from './file-layout';
import { fileOf, linesOf } from './text-lines';

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const BOM = '\uFEFF';

const MONEY: ValueFormat<number> = { format: centsToDecimal, parse: decimalToCents, expected: 'a decimal with two places and no sign, like 125.00' };
const DATE: ValueFormat<string> = { format: (iso) => iso, parse: isoDate, expected: 'a date written YYYY-MM-DD' };

function encodeValue(column: Column, value: string | number | undefined): string {
  if (value === undefined) return '';
  if (column.type === 'money') return MONEY.format(value as number);
  if (column.type === 'date') return DATE.format(value as string);
  return (value as string).normalize('NFC');
}

function decodeLine(bytes: Buffer, first: boolean): string | undefined {
  try {
    const text = UTF8.decode(bytes);
    return first && text.startsWith(BOM) ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

/**
 * CSV by RFC 4180: UTF-8 without a byte order mark (one is accepted on files read), a header row of the column names,
 * one record per line, CRLF line breaks (LF accepted on read), fields quoted when they hold a comma or a quote.
 * Money is decimal dollars with two places (`1234.50`), dates are `YYYY-MM-DD`, an empty field is an absent value.
 */
export const CSV_LAYOUT: FileLayout = {
  id: 'csv',
  extension: 'csv',
  money: MONEY,
  date: DATE,
  encode(columns: readonly Column[], rows: readonly RowValues[]) {
    const header = csvRecord(columns.map((column) => column.name));
    return { content: fileOf([header, ...rows.map((row) => csvRecord(columns.map((column) => encodeValue(column, row[column.name]))))]) };
  },
  decode(columns, content) {
    const header = columns.map((column) => column.name).join(',');
    const issues: ValidationIssue[] = [];
    const records: RawRecord[] = [];
    const lines = linesOf(content);
    const first = lines[0] === undefined ? undefined : decodeLine(lines[0].bytes, true);
    if (first !== header) issues.push({ field: 'line 1', message: `must be the header ${header}` });
    for (const { number, bytes } of lines.slice(1)) {
      const text = decodeLine(bytes, false);
      if (text === undefined) { issues.push({ field: `line ${number}`, message: 'is not UTF-8 text' }); continue; }
      if (text === '') { issues.push({ field: `line ${number}`, message: 'is blank' }); continue; }
      const parsed = parseCsvLine(text);
      if ('problem' in parsed) { issues.push({ field: `line ${number}`, message: parsed.problem }); continue; }
      if (parsed.fields.length !== columns.length) {
        issues.push({ field: `line ${number}`, message: `has ${parsed.fields.length} fields; a record has ${columns.length}` });
        continue;
      }
      records.push({ line: number, fields: Object.fromEntries(columns.map((column, i) => [column.name, parsed.fields[i] ?? ''])) });
    }
    return issues.length > 0 ? { issues } : { records };
  },
};
