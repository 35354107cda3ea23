/** The file layout the agency and the practice agreed on (the `plugins/collections` README documents both). */
export type AgencyLayout = 'csv' | 'fixed-width';

/** What happens to a placed account at the fake agency. */
export type AgencyOutcome =
  | 'paid-in-full'
  | 'partial'
  | 'installments'
  | 'settled'
  | 'dispute'
  | 'bankruptcy'
  | 'deceased'
  | 'returned'
  | 'no-contact';

/** One account of a placement file, as the agency keeps it. */
export interface PlacedAccountRow {
  readonly accountNumber: string;
  readonly balanceCents: number;
}

/** One account of a recall file. */
export interface RecalledAccountRow {
  readonly accountNumber: string;
  readonly recallDate: string;
}

/** One payment of a direct payment file: the debtor paid the agency's client (the clinic) directly. */
export interface DirectPaymentRow {
  readonly accountNumber: string;
  readonly amountCents: number;
}

/** One record of an activity file the agency writes. */
export interface AgencyActivityRow {
  readonly accountNumber: string;
  readonly kind: 'payment' | 'adjustment' | 'return' | 'dispute' | 'bankruptcy' | 'deceased';
  /** As the file says: gross or net of the fee, as the agency reports payments. */
  readonly amountCents: number;
  readonly feeCents: number;
  /** ISO calendar date. */
  readonly date: string;
  readonly reference: string;
  readonly note: string;
}

/** A placement or recall file the agency could not read, with the line and what is wrong. */
export class AgencyFileError extends Error {
  constructor(readonly fileName: string, readonly line: number, problem: string) {
    super(`${fileName}, line ${line}: ${problem}`);
    this.name = 'AgencyFileError';
  }
}
