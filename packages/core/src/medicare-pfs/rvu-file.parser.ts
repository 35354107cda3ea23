import { ValidationError } from '@openrcm/sdk';
import { cellField, csvLines, isBlank, type CsvLine } from '../csv/csv-line';
import { parseUnsignedDecimal } from './decimal-field';
import { PFS_STATUS_CODES } from './pfs-status-codes';

/** One row of the CMS PFS Relative Value File (PPRRVU): a HCPCS code, optionally with a modifier (26, TC, 53). */
export interface RvuRow {
  readonly hcpcs: string;
  /** `''` for the global row; `26` professional, `TC` technical component, `53` discontinued. */
  readonly modifier: string;
  readonly description: string;
  readonly statusCode: string;
  readonly notUsedForMedicarePayment: boolean;
  readonly workRvu: string;
  readonly nonFacilityPeRvu: string;
  readonly nonFacilityNa: boolean;
  readonly facilityPeRvu: string;
  readonly facilityNa: boolean;
  readonly mpRvu: string;
  /** PC/TC indicator: 0 physician service, 1 diagnostic test with PC and TC rows, … 9 concept does not apply. */
  readonly pctcIndicator: string;
  /** The file's CONV FACTOR column, when present and filled. */
  readonly conversionFactor: string | null;
}

const REQUIRED = ['HCPCS', 'MOD', 'DESCRIPTION', 'STATUS CODE', 'WORK RVU', 'NON-FAC PE RVU', 'NON-FAC NA INDICATOR', 'FACILITY PE RVU', 'FACILITY NA INDICATOR', 'MP RVU', 'PCTC IND'] as const;
const OPTIONAL = ['CONV FACTOR', 'NOT USED FOR MEDICARE PAYMENT'] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

const HCPCS = /^[A-Z0-9]{5}$/;
const MODIFIER = /^(?:[A-Z0-9]{2})?$/;

const normalizeHeader = (cell: string) => cell.toUpperCase().replace(/\s+/g, ' ').trim();

/**
 * Parses a PPRRVU file in CSV form (CMS `PPRRVUyy_*.csv`): title or `#` comment lines, then the header row starting
 * with `HCPCS`, then one row per code and modifier. Refuses a missing column, a malformed value or a repeated
 * code/modifier, naming the line and column; decimals are read exactly from their text.
 */
export function parseRvuFile(text: string): RvuRow[] {
  const lines = csvLines(text);
  const columns = findHeader(lines);
  const rows: RvuRow[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    if (isBlank(line.cells) || line.cells[0]?.startsWith('#')) continue;
    const row = parseRow(line, columns);
    const key = `${row.hcpcs}/${row.modifier}`;
    if (seen.has(key)) throw new ValidationError([{ field: `line ${line.number}`, message: `${row.hcpcs}${row.modifier ? ` with modifier ${row.modifier}` : ''} appears twice` }]);
    seen.add(key);
    rows.push(row);
  }
  if (rows.length === 0) throw new ValidationError([{ field: 'file', message: 'the RVU file holds no rows after its header' }]);
  return rows;
}

interface Columns {
  readonly width: number;
  readonly index: ReadonlyMap<Column, number>;
}

function findHeader(lines: Iterator<CsvLine>): Columns {
  for (let next = lines.next(); !next.done; next = lines.next()) {
    const cells = next.value.cells.map(normalizeHeader);
    if (cells[0] !== 'HCPCS') continue;
    const index = new Map<Column, number>();
    for (const name of [...REQUIRED, ...OPTIONAL]) {
      const position = cells.indexOf(name);
      if (position >= 0) index.set(name, position);
    }
    const missing = REQUIRED.filter((name) => !index.has(name));
    if (missing.length > 0) {
      throw new ValidationError([{ field: `line ${next.value.number}`, message: `the header lacks the column(s) ${missing.join(', ')}` }]);
    }
    return { width: cells.length, index };
  }
  throw new ValidationError([{ field: 'file', message: `no header line starting with HCPCS and naming ${REQUIRED.join(', ')}` }]);
}

function parseRow(line: CsvLine, columns: Columns): RvuRow {
  const { cells, number } = line;
  if (cells.length !== columns.width) {
    throw new ValidationError([{ field: `line ${number}`, message: `expected ${columns.width} columns as in the header, found ${cells.length}` }]);
  }
  const at = (name: Column) => {
    const position = columns.index.get(name);
    return { text: position === undefined ? '' : (cells[position] as string), field: cellField(number, position ?? -1, name) };
  };
  const matching = (name: Column, pattern: RegExp, expected: string) => {
    const { text, field } = at(name);
    const value = text.toUpperCase();
    if (!pattern.test(value)) throw new ValidationError([{ field, message: `"${text}" is not ${expected}` }]);
    return value;
  };
  const decimal = (name: Column) => {
    const { text, field } = at(name);
    return parseUnsignedDecimal(text, field).toString();
  };
  const statusCode = matching('STATUS CODE', /^[A-Z]$/, 'a status code letter');
  if (!PFS_STATUS_CODES[statusCode]) throw new ValidationError([{ field: at('STATUS CODE').field, message: `"${statusCode}" is not a PFS status code (${Object.keys(PFS_STATUS_CODES).join(', ')})` }]);
  const conversionFactor = columns.index.has('CONV FACTOR') && at('CONV FACTOR').text !== '' ? decimal('CONV FACTOR') : null;
  return {
    hcpcs: matching('HCPCS', HCPCS, 'a five-character HCPCS code'),
    modifier: matching('MOD', MODIFIER, 'empty or a two-character modifier'),
    description: at('DESCRIPTION').text,
    statusCode,
    notUsedForMedicarePayment: at('NOT USED FOR MEDICARE PAYMENT').text !== '',
    workRvu: decimal('WORK RVU'),
    nonFacilityPeRvu: decimal('NON-FAC PE RVU'),
    nonFacilityNa: matching('NON-FAC NA INDICATOR', /^(?:NA)?$/, 'empty or NA') === 'NA',
    facilityPeRvu: decimal('FACILITY PE RVU'),
    facilityNa: matching('FACILITY NA INDICATOR', /^(?:NA)?$/, 'empty or NA') === 'NA',
    mpRvu: decimal('MP RVU'),
    pctcIndicator: matching('PCTC IND', /^\d$/, 'a one-digit PC/TC indicator'),
    conversionFactor,
  };
}
