import { Money, ValidationError } from '@openrcm/sdk';
import { cellField, isBlank, splitCsvLine } from '../csv/csv-line';
import type { FeeScheduleCsvError, FeeScheduleCsvReading, FeeScheduleCsvRow, FeeScheduleEntryInput } from './fee-schedule.types';

const HEADER = ['code', 'modifier', 'amount'] as const;
const CODE = /^[A-Z0-9]{5}$/;
const MODIFIER = /^(?:[A-Z0-9]{2})?$/;

/**
 * Reads a whole fee-schedule CSV: the header `code,modifier,amount`, then one line per code (modifier empty for the
 * code without one, amount in dollars such as `125.00`, read straight to cents). Every good line becomes a row and
 * every bad one an error naming its line and column, so a preview can show them all before anything is saved.
 */
export function readFeeScheduleCsv(text: string): FeeScheduleCsvReading {
  const rows: FeeScheduleCsvRow[] = [];
  const errors: FeeScheduleCsvError[] = [];
  const seen = new Set<string>();
  let header = false;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const number = index + 1;
    const cells = cellsOf(line, number, errors);
    if (!cells || isBlank(cells)) continue;
    if (!header) {
      if (cells.map((cell) => cell.toLowerCase()).join(',') !== HEADER.join(',')) {
        return { rows: [], errors: [{ line: number, column: null, message: `expected the header ${HEADER.join(',')}` }] };
      }
      header = true;
      continue;
    }
    const row = rowOf(cells, number, errors);
    if (!row) continue;
    const key = `${row.code}/${row.modifier}`;
    if (seen.has(key)) {
      errors.push({ line: number, column: null, message: `${row.code}${row.modifier ? ` with modifier ${row.modifier}` : ' without a modifier'} appears twice` });
      continue;
    }
    seen.add(key);
    rows.push(row);
  }
  if (rows.length === 0 && errors.length === 0) {
    errors.push({ line: null, column: null, message: 'the file holds no entries (expected the header code,modifier,amount and at least one line)' });
  }
  return { rows, errors };
}

/** The entries of a fee-schedule CSV; a file with any bad line is refused, every bad line named. */
export function parseFeeScheduleCsv(text: string): FeeScheduleEntryInput[] {
  const { rows, errors } = readFeeScheduleCsv(text);
  if (errors.length > 0) throw new ValidationError(errors.map((error) => ({ field: fieldOf(error), message: error.message })));
  return rows.map(({ code, modifier, amountCents }) => ({ code, modifier, amountCents }));
}

/** How an error of the file is named in a problem document: `line 2, column 3 (amount)`, `line 2` or `file`. */
export function fieldOf(error: FeeScheduleCsvError): string {
  if (error.line === null) return 'file';
  return error.column === null ? `line ${error.line}` : cellField(error.line, HEADER.indexOf(error.column), error.column);
}

function cellsOf(line: string, number: number, errors: FeeScheduleCsvError[]): string[] | undefined {
  try {
    return splitCsvLine(line, number);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    errors.push({ line: number, column: null, message: error.issues[0]?.message ?? error.message });
    return undefined;
  }
}

function rowOf(cells: string[], line: number, errors: FeeScheduleCsvError[]): FeeScheduleCsvRow | undefined {
  if (cells.length !== HEADER.length) {
    errors.push({ line, column: null, message: `expected 3 columns (code,modifier,amount), found ${cells.length}` });
    return undefined;
  }
  const [code, modifier] = cells.slice(0, 2).map((cell) => cell.toUpperCase()) as [string, string];
  const amount = cells[2] as string;
  const before = errors.length;
  if (!CODE.test(code)) errors.push({ line, column: 'code', message: `"${cells[0]}" is not a five-character CPT/HCPCS code` });
  if (!MODIFIER.test(modifier)) errors.push({ line, column: 'modifier', message: `"${cells[1]}" is not empty or a two-character modifier` });
  const cents = centsOf(amount, line, errors);
  return errors.length === before && cents !== undefined ? { line, code, modifier, amountCents: cents } : undefined;
}

function centsOf(amount: string, line: number, errors: FeeScheduleCsvError[]): number | undefined {
  try {
    const { cents } = Money.parse(amount);
    if (cents >= 0) return cents;
    errors.push({ line, column: 'amount', message: `"${amount}" is negative` });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    errors.push({ line, column: 'amount', message: error.issues[0]?.message ?? error.message });
  }
  return undefined;
}
