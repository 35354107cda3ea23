import { ValidationError, type ValidationIssue } from '@openrcm/sdk';
import { CsvSyntaxError, readCsv, type CsvRecord } from '../csv/csv.reader';
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

const REQUIRED_COLUMNS = ['payer_id', 'name', 'claim_filing_indicator'] as const;
const OPTIONAL_COLUMNS = ['timely_filing_days', 'appeal_limit_days'] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
const COLUMNS: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];

/** The most problems one refused file reports; the rest are left for the next attempt. */
const MAX_ISSUES = 100;

/**
 * Reads a payer list (`payer_id,name,claim_filing_indicator[,timely_filing_days][,appeal_limit_days]`, header names
 * in any case and order). Every row is checked; any bad row refuses the whole file with a ValidationError whose issues
 * name the line and column, e.g. `line 7, claim_filing_indicator: "XX" is not an SBR09 code`.
 */
export function parsePayerList(text: string): PayerListRow[] {
  const records = readRecords(text);
  const [header, ...rows] = records;
  if (!header) throw new ValidationError([{ field: 'csv', message: `the file is empty; it needs a header row: ${COLUMNS.join(',')}` }]);
  const positions = readHeader(header);
  const issues: ValidationIssue[] = [];
  const parsed: PayerListRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const record of rows) {
    const row = readRow(record, positions, issues);
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

function readRecords(text: string): CsvRecord[] {
  try {
    return readCsv(text).filter((record) => record.fields.some((field) => field.trim() !== ''));
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new ValidationError([{ field: `line ${error.line}`, message: error.reason }]);
    throw error;
  }
}

/** The position of each column named in the header; unknown, repeated and missing required columns are refused. */
function readHeader(header: CsvRecord): Map<Column, number> {
  const positions = new Map<Column, number>();
  const issues: ValidationIssue[] = [];
  header.fields.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (!COLUMNS.includes(name)) issues.push({ field: `line ${header.line}`, message: `unknown column "${raw.trim()}"; the columns are ${COLUMNS.join(', ')}` });
    else if (positions.has(name as Column)) issues.push({ field: `line ${header.line}`, message: `column ${name} appears twice` });
    else positions.set(name as Column, index);
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!positions.has(column)) issues.push({ field: `line ${header.line}`, message: `the header lacks the required column ${column}` });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return positions;
}

function readRow(record: CsvRecord, positions: Map<Column, number>, issues: ValidationIssue[]): PayerListRow | undefined {
  if (record.fields.length !== positions.size) {
    issues.push({ field: `line ${record.line}`, message: `${record.fields.length} fields, but the header names ${positions.size} columns` });
    return undefined;
  }
  const cell = (column: Column) => {
    const position = positions.get(column);
    return position === undefined ? '' : (record.fields[position] ?? '').trim();
  };
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
