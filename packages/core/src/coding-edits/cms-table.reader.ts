import { ValidationError } from '@openrcm/sdk';
import { splitCsvLine } from '../csv/csv-line';

/** One record of a CMS edit table with the number of the physical line it starts on. */
export interface CmsTableRow {
  readonly lineNumber: number;
  readonly cells: string[];
}

/** The columns of a CMS edit table, found by their header names. */
export interface CmsTableHeader {
  readonly lineNumber: number;
  /** Header labels as printed (a quoted label spanning lines is joined with a space). */
  readonly labels: readonly string[];
}

/**
 * The records of a CMS edit table as text: tab-delimited (the PTP `.txt` files) or comma-separated (the MUE `.csv`
 * files and a spreadsheet saved as CSV), told apart by the header row. CMS quotes the AMA notice and some header
 * labels over several lines (`"HCPCS/` ⏎ `CPT Code"`), so physical lines are joined while a quote is open before
 * the record is split with {@link splitCsvLine} (commas) or on tabs. Blank records are dropped.
 */
export function* cmsTableRecords(text: string): Generator<CmsTableRow> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let index = 0;
  while (index < lines.length) {
    const lineNumber = index + 1;
    let record = lines[index] as string;
    index += 1;
    while (quoteOpen(record) && index < lines.length) {
      record += `\n${lines[index] as string}`;
      index += 1;
    }
    if (quoteOpen(record)) throw new ValidationError([{ field: `line ${lineNumber}`, message: 'a quoted field is not closed before the end of the file' }]);
    const cells = splitRecord(record, lineNumber);
    if (cells.every((cell) => cell === '')) continue;
    yield { lineNumber, cells };
  }
}

/**
 * Whether a record ends inside a quoted field. A quote opens a field only at its start (after a comma, a tab or the
 * line start, spaces aside), so a stray quote inside a rationale does not swallow the lines after it.
 */
function quoteOpen(record: string): boolean {
  let quoted = false;
  let atFieldStart = true;
  for (let index = 0; index < record.length; index += 1) {
    const char = record[index] as string;
    if (quoted) {
      if (char === '"' && record[index + 1] === '"') index += 1;
      else if (char === '"') quoted = false;
    } else if (char === ',' || char === '\t') atFieldStart = true;
    else if (char === '"' && atFieldStart) quoted = true;
    else if (char !== ' ') atFieldStart = false;
  }
  return quoted;
}

/** Splits a record on tabs when it has any, else as CSV; cells are trimmed, unquoted, and inner line breaks become spaces. */
function splitRecord(record: string, lineNumber: number): string[] {
  const cells = record.includes('\t') ? record.split('\t').map(unquote) : splitCsvLine(record.replace(/\n/g, ' '), lineNumber);
  return cells.map((cell) => cell.replace(/\s+/g, ' ').trim());
}

function unquote(cell: string): string {
  const trimmed = cell.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1).replace(/""/g, '"') : trimmed;
}

/** A header label as compared: lower case, without spaces, slashes, underscores and punctuation. */
export function headerKey(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9=*]/g, '');
}

/** The field an error in a table names: the line, and the column by position and header label. */
export function tableField(lineNumber: number, column: number, label: string | undefined): string {
  return `line ${lineNumber}, column ${column + 1} (${label ?? 'beyond the header'})`;
}
