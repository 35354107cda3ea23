/** One statement in a print batch, as its index row says it. */
export interface PrintIndexRow {
  readonly statementId: string;
  readonly accountNumber: string;
  readonly recipientName: string;
  /** The mailing address, one entry per line. */
  readonly address: readonly string[];
  /** The amount due in dollars, two decimals, no grouping (`1234.50`). */
  readonly amountDue: string;
  readonly statementDate: string;
  /** Where the statement starts in the batch PDF (1-based). */
  readonly firstPage: number;
  readonly pageCount: number;
}

/** The index has a fixed number of address columns so a print vendor maps them once; longer addresses join the rest into the last. */
export const ADDRESS_COLUMNS = 4;

const HEADER = ['Statement ID', 'Account', 'Recipient', ...Array.from({ length: ADDRESS_COLUMNS }, (_, index) => `Address ${index + 1}`), 'Amount due', 'Statement date', 'First page', 'Pages'];

/** A cell a spreadsheet would run as a formula (`=`, `+`, `@`, a tab, or `-` not starting a number) gets a leading `'` (as core's report CSV). */
function defused(text: string): string {
  return /^[=+@\t\r]/.test(text) || /^-(?![\d.])/.test(text) ? `'${text}` : text;
}

function field(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : defused(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function addressColumns(address: readonly string[]): string[] {
  const head = address.slice(0, ADDRESS_COLUMNS - 1);
  const rest = address.slice(ADDRESS_COLUMNS - 1).join(', ');
  return [...head, ...Array.from({ length: ADDRESS_COLUMNS - 1 - head.length }, () => ''), rest];
}

/** The batch's index as CSV (RFC 4180, CRLF line ends): a header, then one line per statement in the PDF's order. */
export function printIndexCsv(rows: readonly PrintIndexRow[]): string {
  const lines = rows.map((row) => [row.statementId, row.accountNumber, row.recipientName, ...addressColumns(row.address), row.amountDue, row.statementDate, row.firstPage, row.pageCount]);
  return [HEADER, ...lines].map((cells) => cells.map(field).join(',')).join('\r\n') + '\r\n';
}
