/** What a column holds: free text, money (cents) or a calendar date. */
export type ColumnType = 'text' | 'money' | 'date';

/** One column of a file: its CSV header name (also the field name of refusals), its fixed-width width, its type. */
export interface Column {
  readonly name: string;
  readonly width: number;
  readonly type: ColumnType;
}

const text = (name: string, width: number): Column => ({ name, width, type: 'text' });
const money = (name: string): Column => ({ name, width: 12, type: 'money' });
const date = (name: string): Column => ({ name, width: 8, type: 'date' });

/** The placement file's columns, in order: the minimum necessary data of each account, never a diagnosis or a procedure. */
export const PLACEMENT_COLUMNS: readonly Column[] = [
  text('account_number', 20),
  text('debtor_name', 60),
  text('address_line_1', 60),
  text('address_line_2', 60),
  text('address_line_3', 60),
  text('address_line_4', 60),
  text('debtor_phone', 20),
  text('creditor_name', 60),
  money('balance'),
  date('itemization_date'),
  text('itemization_reference', 14),
  money('amount_at_itemization'),
  money('interest_since_itemization'),
  money('fees_since_itemization'),
  money('payments_since_itemization'),
  money('credits_since_itemization'),
  date('first_service_date'),
  date('last_service_date'),
  date('last_payment_date'),
  date('validation_notice_sent_on'),
];

/** The recall file's columns. */
export const RECALL_COLUMNS: readonly Column[] = [text('account_number', 20), date('recall_date')];

/** The direct payment file's columns: payments the debtor made to the clinic on placed accounts. */
export const DIRECT_PAYMENT_COLUMNS: readonly Column[] = [text('account_number', 20), date('payment_date'), money('amount'), money('balance'), text('reference', 36)];

/** The agency activity file's columns. */
export const ACTIVITY_COLUMNS: readonly Column[] = [
  text('account_number', 20),
  text('kind', 10),
  money('amount'),
  money('fee'),
  date('date'),
  text('reference', 30),
  text('note', 80),
];

/** The length of a fixed-width record of these columns. */
export function recordWidth(columns: readonly Column[]): number {
  return columns.reduce((sum, column) => sum + column.width, 0);
}

/** A row to write: per column name, text, cents or an ISO date; `undefined` for an empty field. */
export type RowValues = Readonly<Record<string, string | number | undefined>>;
