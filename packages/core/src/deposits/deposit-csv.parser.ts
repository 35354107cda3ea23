import { Money, ValidationError, type ValidationIssue } from '@openrcm/sdk';
import type { CsvRecord } from '../csv/csv.reader';
import { cellsOf, readCsvTable, type CsvTable } from '../csv/csv-table';
import { depositInputIssues, type DepositInput } from './deposit-input';

/** One deposit of a bank CSV, with the line it came from. */
export interface DepositCsvRow extends DepositInput {
  readonly line: number;
}

const COLUMNS = { required: ['date', 'amount'], optional: ['trace', 'payer', 'reference', 'note'] } as const;
type Column = (typeof COLUMNS.required)[number] | (typeof COLUMNS.optional)[number];

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
  const table = readCsvTable<Column>(text, COLUMNS);
  const issues: ValidationIssue[] = [];
  const rows: DepositCsvRow[] = [];
  for (const record of table.records) {
    const row = readRow(table, record, issues);
    if (row) rows.push(row);
    if (issues.length >= MAX_ISSUES) break;
  }
  if (issues.length > 0) throw new ValidationError(issues.slice(0, MAX_ISSUES));
  if (rows.length === 0) throw new ValidationError([{ field: 'csv', message: 'the file has a header but no deposits' }]);
  return rows;
}

function readRow(table: CsvTable<Column>, record: CsvRecord, issues: ValidationIssue[]): DepositCsvRow | undefined {
  const cell = cellsOf(table, record, issues);
  if (!cell) return undefined;
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
