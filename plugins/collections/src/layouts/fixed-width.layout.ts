import type { ValidationIssue } from '@openrcm/sdk';
import { toAscii } from './ascii-text';
import { compactDate, toCompactDate } from './calendar-date';
import { digitsToCents } from './cents';
import { recordWidth, type Column, type RowValues } from './columns';
import type { EncodedFile, FileLayout, RawRecord, ValueFormat } from './file-layout';
import { fileOf, linesOf } from './text-lines';

const MONEY: ValueFormat<number> = {
  format: (cents) => String(cents).padStart(12, '0'),
  parse: digitsToCents,
  expected: 'twelve digits of cents, zero-padded, like 000000012500',
};
const DATE: ValueFormat<string> = { format: toCompactDate, parse: compactDate, expected: 'a date written YYYYMMDD' };

type Field = { readonly text: string } | { readonly problem: string };

function encodeField(column: Column, value: string | number | undefined): Field {
  if (value === undefined) return { text: ' '.repeat(column.width) };
  if (column.type === 'money') return { text: MONEY.format(value as number) };
  if (column.type === 'date') return { text: DATE.format(value as string) };
  const ascii = toAscii(value as string);
  if (ascii === undefined) return { problem: 'holds characters the fixed-width layout cannot carry (ASCII only; accents are dropped)' };
  if (ascii.length > column.width) return { problem: `is longer than the ${column.width} characters the fixed-width layout holds` };
  return { text: ascii.padEnd(column.width, ' ') };
}

function encode(columns: readonly Column[], rows: readonly RowValues[], fieldOf: (row: number, column: string) => string): EncodedFile {
  const issues: ValidationIssue[] = [];
  const records = rows.map((row, index) => columns.map((column) => {
    const field = encodeField(column, row[column.name]);
    if ('problem' in field) issues.push({ field: fieldOf(index, column.name), message: field.problem });
    return 'text' in field ? field.text : '';
  }).join(''));
  return issues.length > 0 ? { issues } : { content: fileOf(records) };
}

/** The first byte that is not printable ASCII, as a 1-based column, or 0 when there is none. */
function firstNonAscii(bytes: Buffer): number {
  const index = bytes.findIndex((byte) => byte < 0x20 || byte > 0x7e);
  return index + 1;
}

function decode(columns: readonly Column[], content: Uint8Array) {
  const width = recordWidth(columns);
  const issues: ValidationIssue[] = [];
  const records: RawRecord[] = [];
  for (const { number, bytes } of linesOf(content)) {
    const column = firstNonAscii(bytes);
    if (bytes.length === 0) { issues.push({ field: `line ${number}`, message: 'is blank' }); continue; }
    if (column > 0) { issues.push({ field: `line ${number}`, message: `column ${column} is not printable ASCII` }); continue; }
    if (bytes.length !== width) { issues.push({ field: `line ${number}`, message: `is ${bytes.length} characters long; a record is ${width}` }); continue; }
    const text = bytes.toString('latin1');
    let at = 0;
    const fields: Record<string, string> = {};
    for (const { name, width: size } of columns) {
      fields[name] = text.slice(at, at + size).trimEnd();
      at += size;
    }
    records.push({ line: number, fields });
  }
  return issues.length > 0 ? { issues } : { records };
}

/**
 * Fixed width: printable ASCII only, no header, one record per line of exactly the columns' total width, CRLF line
 * breaks (LF accepted on read). Text is left-aligned and padded with spaces (accents dropped on write), money is
 * twelve digits of cents right-aligned and zero-padded (`000000123450`), dates are `YYYYMMDD`; an absent value is
 * all spaces.
 */
export const FIXED_WIDTH_LAYOUT: FileLayout = { id: 'fixed-width', extension: 'txt', money: MONEY, date: DATE, encode, decode };
