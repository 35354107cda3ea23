import type { AgencyActivityRow, AgencyLayout, DirectPaymentRow, PlacedAccountRow, RecalledAccountRow } from './agency-files.types';
import { AgencyFileError } from './agency-files.types';

/** The placement file's header (CSV) and, in order, its fixed-width field widths. */
const PLACEMENT_HEADER = [
  'account_number', 'debtor_name', 'address_line_1', 'address_line_2', 'address_line_3', 'address_line_4', 'debtor_phone', 'creditor_name', 'balance',
  'itemization_date', 'itemization_reference', 'amount_at_itemization', 'interest_since_itemization', 'fees_since_itemization',
  'payments_since_itemization', 'credits_since_itemization', 'first_service_date', 'last_service_date', 'last_payment_date', 'validation_notice_sent_on',
];
const PLACEMENT_WIDTH = 526;
const BALANCE_AT = { start: 400, end: 412 };
const RECALL_HEADER = ['account_number', 'recall_date'];
const RECALL_WIDTH = 28;
const DIRECT_PAYMENT_HEADER = ['account_number', 'payment_date', 'amount', 'balance', 'reference'];
const DIRECT_PAYMENT_WIDTH = 88;
const ACTIVITY_HEADER = 'account_number,kind,amount,fee,date,reference,note';

/** The lines of a file without their CRLF (or LF) breaks and without the empty string after the last one. */
function linesOf(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The fields of a CSV line (RFC 4180 quoting); `undefined` for a malformed line. */
function csvFields(line: string): string[] | undefined {
  const fields: string[] = [];
  const pattern = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,"]*))/gy;
  let consumed = 0;
  for (const match of line.matchAll(pattern)) {
    fields.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : (match[2] ?? ''));
    consumed = (match.index ?? 0) + match[0].length;
    if (consumed === line.length) break;
  }
  return consumed === line.length ? fields : undefined;
}

function decimalCents(text: string): number | undefined {
  const match = /^(\d+)\.(\d{2})$/.exec(text);
  return match ? Number(match[1]) * 100 + Number(match[2]) : undefined;
}

function records(fileName: string, text: string, layout: AgencyLayout, header: readonly string[], width: number): { line: number; fields: (from: number, to: number, csvIndex: number) => string }[] {
  const lines = linesOf(text);
  if (layout === 'csv') {
    if (lines[0] !== header.join(',')) throw new AgencyFileError(fileName, 1, 'not the expected header');
    return lines.slice(1).map((line, i) => {
      const fields = csvFields(line);
      if (!fields || fields.length !== header.length) throw new AgencyFileError(fileName, i + 2, `expected ${header.length} fields`);
      return { line: i + 2, fields: (_from, _to, index) => fields[index] ?? '' };
    });
  }
  return lines.map((line, i) => {
    if (line.length !== width) throw new AgencyFileError(fileName, i + 1, `expected ${width} characters`);
    return { line: i + 1, fields: (from, to) => line.slice(from, to).trimEnd() };
  });
}

/** The accounts of a placement file: account number and balance (the agency needs nothing else to simulate). */
export function readPlacementFile(fileName: string, text: string, layout: AgencyLayout): PlacedAccountRow[] {
  return records(fileName, text, layout, PLACEMENT_HEADER, PLACEMENT_WIDTH).map(({ line, fields }) => {
    const accountNumber = fields(0, 20, 0);
    const balance = fields(BALANCE_AT.start, BALANCE_AT.end, 8);
    const balanceCents = layout === 'csv' ? decimalCents(balance) : /^\d{12}$/.test(balance) ? Number(balance) : undefined;
    if (!accountNumber) throw new AgencyFileError(fileName, line, 'no account number');
    if (balanceCents === undefined || balanceCents < 1) throw new AgencyFileError(fileName, line, 'the balance is not an amount');
    return { accountNumber, balanceCents };
  });
}

/** The accounts of a recall file, with their recall dates (ISO). */
export function readRecallFile(fileName: string, text: string, layout: AgencyLayout): RecalledAccountRow[] {
  return records(fileName, text, layout, RECALL_HEADER, RECALL_WIDTH).map(({ line, fields }) => {
    const accountNumber = fields(0, 20, 0);
    const raw = fields(20, 28, 1);
    const recallDate = layout === 'csv' ? raw : `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`;
    if (!accountNumber || !/^\d{4}-\d{2}-\d{2}$/.test(recallDate)) throw new AgencyFileError(fileName, line, 'expected an account number and a recall date');
    return { accountNumber, recallDate };
  });
}

/** The payments of a direct payment file: account number and amount (the agency lowers the balance by it). */
export function readDirectPaymentFile(fileName: string, text: string, layout: AgencyLayout): DirectPaymentRow[] {
  return records(fileName, text, layout, DIRECT_PAYMENT_HEADER, DIRECT_PAYMENT_WIDTH).map(({ line, fields }) => {
    const accountNumber = fields(0, 20, 0);
    const amount = fields(28, 40, 2);
    const amountCents = layout === 'csv' ? decimalCents(amount) : /^\d{12}$/.test(amount) ? Number(amount) : undefined;
    if (!accountNumber) throw new AgencyFileError(fileName, line, 'no account number');
    if (amountCents === undefined || amountCents < 1) throw new AgencyFileError(fileName, line, 'the amount is not an amount');
    return { accountNumber, amountCents };
  });
}

const csvQuoted = (value: string) => (/[",]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const dollars = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** An activity file in the layout: CSV with its header, or fixed-width records of 172 characters; CRLF line breaks. */
export function writeActivityFile(rows: readonly AgencyActivityRow[], layout: AgencyLayout): string {
  const lines = rows.map((row) => (layout === 'csv'
    ? [row.accountNumber, row.kind, dollars(row.amountCents), dollars(row.feeCents), row.date, row.reference, row.note].map(csvQuoted).join(',')
    : row.accountNumber.padEnd(20) + row.kind.padEnd(10) + String(row.amountCents).padStart(12, '0') + String(row.feeCents).padStart(12, '0')
      + row.date.replaceAll('-', '') + row.reference.padEnd(30) + row.note.padEnd(80)));
  return [...(layout === 'csv' ? [ACTIVITY_HEADER] : []), ...lines].map((line) => `${line}\r\n`).join('');
}
