import { ValidationError } from '@openrcm/sdk';
import { cellField, csvLines, isBlank, type CsvLine } from '../csv/csv-line';
import { parseUnsignedDecimal } from './decimal-field';
import { normalizeLocalityNumber, normalizeMac } from './medicare-locality';

/** The geographic practice cost indices of one Medicare locality. */
export interface GpciRow {
  readonly mac: string;
  readonly locality: string;
  readonly state: string;
  readonly localityName: string;
  readonly workGpci: string;
  readonly peGpci: string;
  readonly mpGpci: string;
}

/** A parsed GPCI file: its calendar year (from the header) and its localities. */
export interface GpciFile {
  readonly year: number;
  readonly rows: GpciRow[];
}

const HEADERS = {
  mac: /^MEDICARE ADMINISTRATIVE CONTRACTOR/,
  state: /^STATE$/,
  locality: /^LOCALITY NUMBER$/,
  localityName: /^LOCALITY NAME$/,
  work: /^(\d{4}) PW GPCI/,
  pe: /^(\d{4}) PE GPCI/,
  mp: /^(\d{4}) MP GPCI/,
} as const;
type Column = keyof typeof HEADERS;

const COLUMN_NAMES: Readonly<Record<Column, string>> = {
  mac: 'MAC',
  state: 'State',
  locality: 'Locality Number',
  localityName: 'Locality Name',
  work: 'PW GPCI',
  pe: 'PE GPCI',
  mp: 'MP GPCI',
};

/**
 * Parses the CMS GPCI file (PFS Addendum E as CSV): title lines, the header row (`Medicare Administrative Contractor
 * (MAC),State,Locality Number,Locality Name,YYYY PW GPCI …,YYYY PE GPCI,YYYY MP GPCI`), one row per locality, then
 * footnotes. MAC and locality numbers are read as digits and padded (`2102`/`1` → `02102`/`01`); asterisks marking
 * footnotes are dropped from names. A malformed row is refused naming its line and column.
 */
export function parseGpciFile(text: string): GpciFile {
  const lines = csvLines(text);
  const { index, year } = findHeader(lines);
  const rows: GpciRow[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    if (isBlank(line.cells) || isFootnote(line.cells)) continue;
    const row = parseRow(line, index);
    const key = `${row.mac}/${row.locality}`;
    if (seen.has(key)) throw new ValidationError([{ field: `line ${line.number}`, message: `locality ${key} appears twice` }]);
    seen.add(key);
    rows.push(row);
  }
  if (rows.length === 0) throw new ValidationError([{ field: 'file', message: 'the GPCI file holds no localities after its header' }]);
  return { year, rows };
}

/** A footnote or title line: text in the first cell only, and not a MAC number. */
function isFootnote(cells: readonly string[]): boolean {
  return !/^\d+$/.test(cells[0] ?? '') && cells.slice(1).every((cell) => cell === '');
}

function findHeader(lines: Iterator<CsvLine>): { index: ReadonlyMap<Column, number>; year: number } {
  for (let next = lines.next(); !next.done; next = lines.next()) {
    const cells = next.value.cells.map((cell) => cell.toUpperCase().replace(/\s+/g, ' '));
    if (!HEADERS.mac.test(cells[0] ?? '')) continue;
    const index = new Map<Column, number>();
    for (const [column, pattern] of Object.entries(HEADERS) as [Column, RegExp][]) {
      const position = cells.findIndex((cell) => pattern.test(cell));
      if (position >= 0) index.set(column, position);
    }
    const missing = (Object.keys(HEADERS) as Column[]).filter((column) => !index.has(column));
    if (missing.length > 0) {
      throw new ValidationError([{ field: `line ${next.value.number}`, message: `the header lacks the column(s) ${missing.map((column) => COLUMN_NAMES[column]).join(', ')}` }]);
    }
    const years = new Set((['work', 'pe', 'mp'] as const).map((column) => HEADERS[column].exec(cells[index.get(column) as number] as string)?.[1]));
    if (years.size !== 1) throw new ValidationError([{ field: `line ${next.value.number}`, message: 'the GPCI columns name different years' }]);
    return { index, year: Number([...years][0]) };
  }
  throw new ValidationError([{ field: 'file', message: 'no header line starting with "Medicare Administrative Contractor (MAC)"' }]);
}

function parseRow({ cells, number }: CsvLine, index: ReadonlyMap<Column, number>): GpciRow {
  const at = (column: Column) => {
    const position = index.get(column) as number;
    return { text: cells[position] ?? '', field: cellField(number, position, COLUMN_NAMES[column]) };
  };
  const normalized = (column: Column, normalize: (text: string) => string | undefined, expected: string) => {
    const { text, field } = at(column);
    const value = normalize(text);
    if (value === undefined) throw new ValidationError([{ field, message: `"${text}" is not ${expected}` }]);
    return value;
  };
  const decimal = (column: Column) => {
    const { text, field } = at(column);
    return parseUnsignedDecimal(text, field).toString();
  };
  return {
    mac: normalized('mac', normalizeMac, 'a MAC contractor number (up to five digits)'),
    locality: normalized('locality', normalizeLocalityNumber, 'a locality number (one or two digits)'),
    state: normalized('state', (text) => (/^[A-Z]{2}$/i.test(text) ? text.toUpperCase() : undefined), 'a two-letter state code'),
    localityName: normalized('localityName', (text) => text.replace(/\*+$/, '').trim() || undefined, 'a locality name'),
    workGpci: decimal('work'),
    peGpci: decimal('pe'),
    mpGpci: decimal('mp'),
  };
}
