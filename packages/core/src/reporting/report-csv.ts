import type { CheckedReportOutput } from './report-output.schema';

/** A cell a spreadsheet would run as a formula (`=`, `+`, `@`, a tab, or `-` not starting a number) gets a leading `'`. */
function defused(text: string): string {
  return /^[=+@\t\r]/.test(text) || /^-(?![\d.])/.test(text) ? `'${text}` : text;
}

function field(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : defused(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A report's table as CSV (RFC 4180, CRLF line ends): the columns as the header, one line per row, and — when rows
 * link to records — a last column naming the record (`claim:<id>`, `account:<id>`). No table: the header only.
 */
export function reportTableCsv(table: CheckedReportOutput['table']): string {
  if (!table) return '\r\n';
  const linked = table.rows.some((row) => row.link);
  const header = linked ? [...table.columns, 'Record'] : table.columns;
  const lines = table.rows.map((row) => (linked ? [...row.cells, row.link ? `${row.link.kind}:${row.link.id}` : ''] : row.cells));
  return [header, ...lines].map((cells) => cells.map(field).join(',')).join('\r\n') + '\r\n';
}
