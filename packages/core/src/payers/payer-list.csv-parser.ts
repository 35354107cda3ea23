import { ValidationError, type ValidationIssue } from '@openrcm/sdk';
import type { CsvRecord } from '../csv/csv.reader';
import { cellsOf, readCsvTable, type CsvTable } from '../csv/csv-table';
import { claimFilingIndicatorProblem, daysProblem, normalizePayerId, payerIdProblem, payerNameProblem } from './payer.rules';

/** One payer of a payer list, with the line it came from. Limits absent from the file are undefined. */
export interface PayerListRow {
  readonly line: number;
  readonly payerId: string;
  readonly name: string;
  readonly claimFilingIndicator: string;
  readonly timelyFilingDays?: number;
  readonly appealLimitDays?: number;
}

const COLUMNS = { required: ['payer_id', 'name', 'claim_filing_indicator'], optional: ['timely_filing_days', 'appeal_limit_days'] } as const;
type Column = (typeof COLUMNS.required)[number] | (typeof COLUMNS.optional)[number];

/** The most problems one refused file reports; the rest are left for the next attempt. */
const MAX_ISSUES = 100;

/**
 * Reads a payer list (`payer_id,name,claim_filing_indicator[,timely_filing_days][,appeal_limit_days]`, header names
 * in any case and order). Every row is checked; any bad row refuses the whole file with a ValidationError whose issues
 * name the line and column, e.g. `line 7, claim_filing_indicator: "XX" is not an SBR09 code`.
 */
export function parsePayerList(text: string): PayerListRow[] {
  const table = readCsvTable<Column>(text, COLUMNS);
  const issues: ValidationIssue[] = [];
  const parsed: PayerListRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const record of table.records) {
    const row = readRow(table, record, issues);
    if (!row) continue;
    const first = firstLineOf.get(row.payerId);
    if (first !== undefined) issues.push({ field: `line ${row.line}, payer_id`, message: `"${row.payerId}" repeats line ${first}` });
    else firstLineOf.set(row.payerId, row.line);
    parsed.push(row);
    if (issues.length >= MAX_ISSUES) break;
  }
  if (issues.length > 0) throw new ValidationError(issues.slice(0, MAX_ISSUES));
  if (parsed.length === 0) throw new ValidationError([{ field: 'csv', message: 'the file has a header but no payers' }]);
  return parsed;
}

function readRow(table: CsvTable<Column>, record: CsvRecord, issues: ValidationIssue[]): PayerListRow | undefined {
  const cell = cellsOf(table, record, issues);
  if (!cell) return undefined;
  const before = issues.length;
  const problem = (column: Column, message: string | undefined) => {
    if (message) issues.push({ field: `line ${record.line}, ${column}`, message });
  };
  const payerId = normalizePayerId(cell('payer_id'));
  const name = cell('name');
  const claimFilingIndicator = cell('claim_filing_indicator').toUpperCase();
  problem('payer_id', payerId ? payerIdProblem(payerId) : 'required');
  problem('name', payerNameProblem(name));
  problem('claim_filing_indicator', claimFilingIndicator ? claimFilingIndicatorProblem(claimFilingIndicator) : 'required');
  const timelyFilingDays = readDays(cell('timely_filing_days'), (message) => problem('timely_filing_days', message));
  const appealLimitDays = readDays(cell('appeal_limit_days'), (message) => problem('appeal_limit_days', message));
  if (issues.length > before) return undefined;
  return {
    line: record.line,
    payerId,
    name,
    claimFilingIndicator,
    ...(timelyFilingDays === undefined ? {} : { timelyFilingDays }),
    ...(appealLimitDays === undefined ? {} : { appealLimitDays }),
  };
}

/** A whole number of days, or undefined for an empty cell. */
function readDays(text: string, refuse: (message: string) => void): number | undefined {
  if (text === '') return undefined;
  const days = /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
  const message = Number.isNaN(days) ? `"${text}" is not a whole number of days` : daysProblem(days);
  if (message) refuse(message);
  return message ? undefined : days;
}
