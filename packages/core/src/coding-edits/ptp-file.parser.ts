import { ValidationError } from '@openrcm/sdk';
import { isoDateOf } from '../reference/release-date';
import { EDIT_CODE, EDIT_CODE_DESCRIPTION, MAX_FILE_ERRORS } from './coding-edit-codes';
import { cmsTableRecords, headerKey, tableField, type CmsTableRow } from './cms-table.reader';

/** The NCCI PTP modifier indicator: 0 no modifier bypasses the edit, 1 an NCCI-associated modifier may, 9 not applicable. */
export type PtpModifierIndicator = '0' | '1' | '9';

/** One procedure-to-procedure edit as a CMS practitioner PTP table prints it. */
export interface PtpEditRow {
  readonly lineNumber: number;
  readonly column1: string;
  readonly column2: string;
  /** The `*` of the "in existence prior to 1996" column. */
  readonly priorTo1996: boolean;
  readonly effectiveDate: string;
  /** Null for `*` ("no data": the edit is not deleted). */
  readonly deletionDate: string | null;
  readonly modifierIndicator: PtpModifierIndicator;
  readonly rationale: string;
}

interface PtpColumns {
  readonly labels: readonly string[];
  readonly column1: number;
  readonly column2: number;
  readonly priorTo1996: number;
  readonly effectiveDate: number;
  readonly deletionDate: number;
  readonly modifierIndicator: number;
  readonly rationale: number;
}

type FieldError = { field: string; message: string };

/**
 * Reads a CMS NCCI procedure-to-procedure table (practitioner `ccipra-…` or hospital `ccioph-…` files, tab-delimited
 * `.txt`, or the spreadsheet saved as CSV). Lines before the header row (the AMA notice, a title) are skipped; the
 * header row is the one whose cells say `Column 1` and `Column 2`; the header's continuation rows (`*=no data`,
 * `0=not allowed` …) before the first edit are skipped. Columns are found by their labels: Column 1, Column 2,
 * `*=in existence prior to 1996`, Effective Date, Deletion Date, Modifier, PTP Edit Rationale. Dates are `YYYYMMDD`;
 * a deletion date of `*` means none. Every bad cell is named by line and column (up to {@link MAX_FILE_ERRORS}).
 */
export function parsePtpFile(text: string): PtpEditRow[] {
  let columns: PtpColumns | undefined;
  const rows: PtpEditRow[] = [];
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  for (const record of cmsTableRecords(text)) {
    if (!columns) {
      columns = ptpColumns(record);
      continue;
    }
    if (rows.length === 0 && errors.length === 0 && isHeaderContinuation(record, columns)) continue;
    const row = ptpRow(record, columns, errors);
    if (!row) continue;
    const key = `${row.column1}|${row.column2}|${row.effectiveDate}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push({ field: `line ${row.lineNumber}`, message: `the edit ${row.column1}/${row.column2} effective ${row.effectiveDate} is already on line ${earlier}` });
    } else seen.set(key, row.lineNumber);
    rows.push(row);
    if (errors.length >= MAX_FILE_ERRORS) break;
  }
  if (!columns) {
    throw new ValidationError([{ field: 'file', message: 'no header row naming "Column 1" and "Column 2": not an NCCI PTP table' }]);
  }
  if (errors.length > 0) throw new ValidationError(errors.slice(0, MAX_FILE_ERRORS));
  if (rows.length === 0) throw new ValidationError([{ field: 'file', message: 'the table holds no edits' }]);
  return rows;
}

function ptpColumns(record: CmsTableRow): PtpColumns | undefined {
  const keys = record.cells.map(headerKey);
  const column1 = keys.indexOf('column1');
  const column2 = keys.indexOf('column2');
  if (column1 < 0 || column2 < 0) return undefined;
  const find = (test: (key: string) => boolean) => keys.findIndex(test);
  const columns = {
    labels: record.cells,
    column1,
    column2,
    priorTo1996: find((key) => key.includes('1996') || key.includes('existence')),
    effectiveDate: find((key) => key.includes('effective')),
    deletionDate: find((key) => key.includes('deletion')),
    modifierIndicator: find((key) => key.startsWith('modifier')),
    rationale: find((key) => key.includes('rationale')),
  };
  const missing = (['effectiveDate', 'deletionDate', 'modifierIndicator'] as const).filter((name) => columns[name] < 0);
  if (missing.length > 0) {
    const labels = { effectiveDate: 'Effective Date', deletionDate: 'Deletion Date', modifierIndicator: 'Modifier' };
    throw new ValidationError([{ field: `line ${record.lineNumber}`, message: `the header row has no ${missing.map((name) => `"${labels[name]}"`).join(', ')} column` }]);
  }
  return columns;
}

/** A header continuation row: neither code column holds a code (`*=no data`, `0=not allowed`, blanks). */
function isHeaderContinuation(record: CmsTableRow, columns: PtpColumns): boolean {
  const code = (column: number) => EDIT_CODE.test((record.cells[column] ?? '').toUpperCase());
  return !code(columns.column1) && !code(columns.column2);
}

function ptpRow(record: CmsTableRow, columns: PtpColumns, errors: FieldError[]): PtpEditRow | undefined {
  const before = errors.length;
  const cell = (column: number) => (column < 0 ? '' : (record.cells[column] ?? ''));
  const refuse = (column: number, message: string) => errors.push({ field: tableField(record.lineNumber, column, columns.labels[column]), message });
  const code = (column: number) => {
    const value = cell(column).toUpperCase();
    if (!EDIT_CODE.test(value)) refuse(column, `expected ${EDIT_CODE_DESCRIPTION}, found "${cell(column)}"`);
    return value;
  };
  const column1 = code(columns.column1);
  const column2 = code(columns.column2);
  const prior = cell(columns.priorTo1996);
  if (prior !== '' && prior !== '*') refuse(columns.priorTo1996, `expected "*" or nothing, found "${prior}"`);
  const effectiveDate = isoDateOf(cell(columns.effectiveDate));
  if (!effectiveDate) refuse(columns.effectiveDate, `expected a date, YYYYMMDD, found "${cell(columns.effectiveDate)}"`);
  const deletion = cell(columns.deletionDate);
  const deletionDate = deletion === '*' || deletion === '' ? null : isoDateOf(deletion);
  if (deletionDate === undefined) refuse(columns.deletionDate, `expected a date, YYYYMMDD, or "*" for none, found "${deletion}"`);
  else if (deletionDate && effectiveDate && deletionDate < effectiveDate) refuse(columns.deletionDate, `the deletion date ${deletionDate} is before the effective date ${effectiveDate}`);
  const modifierIndicator = cell(columns.modifierIndicator);
  if (!['0', '1', '9'].includes(modifierIndicator)) refuse(columns.modifierIndicator, `expected a modifier indicator 0, 1 or 9, found "${modifierIndicator}"`);
  if (errors.length > before) return undefined;
  return {
    lineNumber: record.lineNumber,
    column1,
    column2,
    priorTo1996: prior === '*',
    effectiveDate: effectiveDate as string,
    deletionDate: deletionDate ?? null,
    modifierIndicator: modifierIndicator as PtpModifierIndicator,
    rationale: cell(columns.rationale),
  };
}
