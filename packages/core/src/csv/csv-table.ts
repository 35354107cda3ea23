import { ValidationError, type ValidationIssue } from '@openrcm/sdk';
import { CsvSyntaxError, readCsv, type CsvRecord } from './csv.reader';

/** The columns a CSV import knows, by their header names (lower case). */
export interface CsvColumns<C extends string> {
  readonly required: readonly C[];
  readonly optional: readonly C[];
}

/** A CSV file read under its header: the records below it and the position of each column the header names. */
export interface CsvTable<C extends string> {
  readonly records: readonly CsvRecord[];
  readonly positions: ReadonlyMap<C, number>;
}

/** A record's cells by column, trimmed (`''` for a column the header does not name). */
export type CsvCells<C extends string> = (column: C) => string;

/**
 * Reads CSV text whose first record is a header naming `columns` in any case and order; blank lines are skipped. Refuses
 * with a ValidationError naming the line: a CSV syntax error, an empty file, or a header with an unknown or repeated
 * column or without a required one.
 */
export function readCsvTable<C extends string>(text: string, columns: CsvColumns<C>): CsvTable<C> {
  const known: readonly string[] = [...columns.required, ...columns.optional];
  const [header, ...records] = readRecords(text);
  if (!header) throw new ValidationError([{ field: 'csv', message: `the file is empty; it needs a header row with the columns ${known.join(',')}` }]);
  const positions = new Map<C, number>();
  const issues: ValidationIssue[] = [];
  header.fields.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (!known.includes(name)) issues.push({ field: `line ${header.line}`, message: `unknown column "${raw.trim()}"; the columns are ${known.join(', ')}` });
    else if (positions.has(name as C)) issues.push({ field: `line ${header.line}`, message: `column ${name} appears twice` });
    else positions.set(name as C, index);
  });
  for (const column of columns.required) {
    if (!positions.has(column)) issues.push({ field: `line ${header.line}`, message: `the header lacks the required column ${column}` });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return { records, positions };
}

/** The record's cells, or undefined (with an issue naming its line) when it has not one field per header column. */
export function cellsOf<C extends string>(table: CsvTable<C>, record: CsvRecord, issues: ValidationIssue[]): CsvCells<C> | undefined {
  const { positions } = table;
  if (record.fields.length !== positions.size) {
    issues.push({ field: `line ${record.line}`, message: `${record.fields.length} fields, but the header names ${positions.size} columns` });
    return undefined;
  }
  return (column) => {
    const position = positions.get(column);
    return position === undefined ? '' : (record.fields[position] ?? '').trim();
  };
}

function readRecords(text: string): CsvRecord[] {
  try {
    return readCsv(text).filter((record) => record.fields.some((field) => field.trim() !== ''));
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new ValidationError([{ field: `line ${error.line}`, message: error.reason }]);
    throw error;
  }
}
