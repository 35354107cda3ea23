import { ValidationError } from '@openrcm/sdk';
import { EDIT_CODE, EDIT_CODE_DESCRIPTION, MAX_FILE_ERRORS } from './coding-edit-codes';
import { cmsTableRecords, headerKey, tableField, type CmsTableRow } from './cms-table.reader';

/** The MUE adjudication indicator: 1 line edit, 2 date-of-service edit (policy), 3 date-of-service edit (clinical). */
export type MueAdjudicationIndicator = 1 | 2 | 3;

/** One Medically Unlikely Edit as a CMS MUE table prints it. */
export interface MueEditRow {
  readonly lineNumber: number;
  readonly code: string;
  /** The most units of service a provider reports for one patient on one date of service (MAI 1: on one line). */
  readonly units: number;
  readonly indicator: MueAdjudicationIndicator;
  readonly rationale: string;
}

interface MueColumns {
  readonly labels: readonly string[];
  readonly code: number;
  readonly units: number;
  readonly indicator: number;
  readonly rationale: number;
}

type FieldError = { field: string; message: string };

/**
 * Reads a CMS MUE table (practitioner, outpatient hospital or DME services; the `.csv` of the quarterly zip, or the
 * spreadsheet saved as CSV or tab-delimited text). Records before the header row (the AMA notice, quoted over several
 * lines) are skipped; the header row names `HCPCS/CPT Code` and a `… MUE Values` column; `MUE Adjudication Indicator`
 * cells read `1 Line Edit`, `2 Date of Service Edit: Policy`, `3 Date of Service Edit: Clinical` (the leading digit is
 * the indicator); `MUE Rationale` is kept as text. Every bad cell is named by line and column.
 */
export function parseMueFile(text: string): MueEditRow[] {
  let columns: MueColumns | undefined;
  const rows: MueEditRow[] = [];
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  for (const record of cmsTableRecords(text)) {
    if (!columns) {
      columns = mueColumns(record);
      continue;
    }
    const row = mueRow(record, columns, errors);
    if (row) {
      const earlier = seen.get(row.code);
      if (earlier !== undefined) errors.push({ field: `line ${row.lineNumber}`, message: `${row.code} is already on line ${earlier}` });
      else seen.set(row.code, row.lineNumber);
      rows.push(row);
    }
    if (errors.length >= MAX_FILE_ERRORS) break;
  }
  if (!columns) throw new ValidationError([{ field: 'file', message: 'no header row naming "HCPCS/CPT Code" and "MUE Values": not an MUE table' }]);
  if (errors.length > 0) throw new ValidationError(errors.slice(0, MAX_FILE_ERRORS));
  if (rows.length === 0) throw new ValidationError([{ field: 'file', message: 'the table holds no edits' }]);
  return rows;
}

function mueColumns(record: CmsTableRow): MueColumns | undefined {
  const keys = record.cells.map(headerKey);
  const code = keys.findIndex((key) => key.endsWith('code') && (key.includes('hcpcs') || key.includes('cpt')));
  const units = keys.findIndex((key) => key.includes('muevalue'));
  if (code < 0 || units < 0) return undefined;
  const indicator = keys.findIndex((key) => key.includes('adjudicationindicator'));
  if (indicator < 0) throw new ValidationError([{ field: `line ${record.lineNumber}`, message: 'the header row has no "MUE Adjudication Indicator" column' }]);
  return { labels: record.cells, code, units, indicator, rationale: keys.findIndex((key) => key.includes('rationale')) };
}

function mueRow(record: CmsTableRow, columns: MueColumns, errors: FieldError[]): MueEditRow | undefined {
  const before = errors.length;
  const cell = (column: number) => (column < 0 ? '' : (record.cells[column] ?? ''));
  const refuse = (column: number, message: string) => errors.push({ field: tableField(record.lineNumber, column, columns.labels[column]), message });
  const code = cell(columns.code).toUpperCase();
  if (!EDIT_CODE.test(code)) refuse(columns.code, `expected ${EDIT_CODE_DESCRIPTION}, found "${cell(columns.code)}"`);
  const unitsText = cell(columns.units);
  if (!/^\d{1,6}$/.test(unitsText)) refuse(columns.units, `expected a whole number of units, found "${unitsText}"`);
  const indicator = /^([123])(?:\D|$)/.exec(cell(columns.indicator))?.[1];
  if (!indicator) refuse(columns.indicator, `expected an adjudication indicator 1, 2 or 3 ("1 Line Edit" …), found "${cell(columns.indicator)}"`);
  if (errors.length > before) return undefined;
  return { lineNumber: record.lineNumber, code, units: Number(unitsText), indicator: Number(indicator) as MueAdjudicationIndicator, rationale: cell(columns.rationale) };
}
