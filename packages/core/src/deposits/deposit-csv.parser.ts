import { Money, ValidationError, type ValidationIssue } from '@openrcm/sdk';
import { CsvSyntaxError, readCsv, type CsvRecord } from '../csv/csv.reader';
import { depositInputIssues, type DepositInput } from './deposit-input';

/** One deposit of a bank CSV, with the line it came from. */
export interface DepositCsvRow extends DepositInput {
  readonly line: number;
}

const REQUIRED_COLUMNS = ['date', 'amount'] as const;
const OPTIONAL_COLUMNS = ['trace', 'payer', 'reference', 'note'] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
const COLUMNS: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];

/** The column of each deposit field, for messages. */
const COLUMN_OF: Record<keyof DepositInput, Column> = { depositDate: 'date', amountCents: 'amount', traceNumber: 'trace', payerName: 'payer', bankReference: 'reference', note: 'note' };

/** The most problems one refused file reports. */
const MAX_ISSUES = 100;

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** Dollars with thousands separators, e.g. `$1,234.56` or `-1,000`. */
const GROUPED = /^(-?)\$?(\d{1,3}(?:,\d{3})+(?:\.\d*)?)$/;

/**
 * Reads a bank deposit CSV: a header naming the columns `date` and `amount` and, optionally, `trace`, `payer`,
 * `reference` and `note` (any case and order), then one deposit a line. Dates are YYYY-MM-DD or MM/DD/YYYY; amounts
 * are dollars (`1234.56`, `$1,234.56`, `-25.00`) read straight to cents, never through a float. Every line is checked;
 * any bad line refuses the file with issues naming its line and column (`line 4, amount: "12.345" has fractions of a cent`).
 */
export function parseDepositCsv(text: string): DepositCsvRow[] {
  const [header, ...records] = readRecords(text);
  if (!header) throw new ValidationError([{ field: 'csv', message: `the file is empty; it needs a header row with the columns ${COLUMNS.join(',')}` }]);
  const positions = readHeader(header);
  const issues: ValidationIssue[] = [];
  const rows: DepositCsvRow[] = [];
  for (const record of records) {
    const row = readRow(record, positions, issues);
    if (row) rows.push(row);
    if (issues.length >= MAX_ISSUES) break;
  }
  if (issues.length > 0) throw new ValidationError(issues.slice(0, MAX_ISSUES));
  if (rows.length === 0) throw new ValidationError([{ field: 'csv', message: 'the file has a header but no deposits' }]);
  return rows;
}

function readRecords(text: string): CsvRecord[] {
  try {
    return readCsv(text).filter((record) => record.fields.some((field) => field.trim() !== ''));
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new ValidationError([{ field: `line ${error.line}`, message: error.reason }]);
    throw error;
  }
}

function readHeader(header: CsvRecord): Map<Column, number> {
  const positions = new Map<Column, number>();
  const issues: ValidationIssue[] = [];
  header.fields.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (!COLUMNS.includes(name)) issues.push({ field: `line ${header.line}`, message: `unknown column "${raw.trim()}"; the columns are ${COLUMNS.join(', ')}` });
    else if (positions.has(name as Column)) issues.push({ field: `line ${header.line}`, message: `column ${name} appears twice` });
    else positions.set(name as Column, index);
  });
  for (const column of REQUIRED_COLUMNS) if (!positions.has(column)) issues.push({ field: `line ${header.line}`, message: `the header lacks the required column ${column}` });
  if (issues.length > 0) throw new ValidationError(issues);
  return positions;
}

function readRow(record: CsvRecord, positions: Map<Column, number>, issues: ValidationIssue[]): DepositCsvRow | undefined {
  if (record.fields.length !== positions.size) {
    issues.push({ field: `line ${record.line}`, message: `${record.fields.length} fields, but the header names ${positions.size} columns` });
    return undefined;
  }
  const cell = (column: Column) => {
    const position = positions.get(column);
    return position === undefined ? '' : (record.fields[position] ?? '').trim();
  };
  const field = (column: Column) => `line ${record.line}, ${column}`;
  const before = issues.length;
  const dateText = cell('date');
  if (dateText === '') issues.push({ field: field('date'), message: 'required' });
  const amountCents = readAmount(cell('amount'), field('amount'), issues);
  const row: DepositCsvRow = {
    line: record.line,
    depositDate: readDate(dateText),
    amountCents: amountCents ?? 0,
    traceNumber: cell('trace') || null,
    payerName: cell('payer') || null,
    bankReference: cell('reference') || null,
    note: cell('note') || null,
  };
  for (const issue of depositInputIssues(row, (name) => field(COLUMN_OF[name]))) {
    const reported = (issue.field === field('amount') && amountCents === undefined) || (issue.field === field('date') && dateText === '');
    if (!reported) issues.push(issue);
  }
  return issues.length > before ? undefined : row;
}

/** YYYY-MM-DD as is; MM/DD/YYYY (a US bank's export) rewritten YYYY-MM-DD; anything else is left for the date check to refuse. */
export function readDate(text: string): string {
  const us = US_DATE.exec(text);
  return us ? `${us[3]}-${(us[1] as string).padStart(2, '0')}-${(us[2] as string).padStart(2, '0')}` : text;
}

/** Dollars to cents (Money.parse: exact, no float), after dropping a `$` and thousands separators; undefined when refused. */
export function readAmount(text: string, field: string, issues: ValidationIssue[]): number | undefined {
  if (text === '') {
    issues.push({ field, message: 'required' });
    return undefined;
  }
  const grouped = GROUPED.exec(text);
  const plain = grouped ? `${grouped[1]}${(grouped[2] as string).replace(/,/g, '')}` : text.replace(/^(-?)\$/, '$1');
  try {
    return Money.parse(plain, field).cents;
  } catch (error) {
    if (error instanceof ValidationError) {
      issues.push(...error.issues.map((issue) => ({ ...issue, message: issue.message.replace(`"${plain}"`, `"${text}"`) })));
      return undefined;
    }
    throw error;
  }
}
