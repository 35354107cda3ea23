import type { NearMatch, OpenRemittance } from './deposit-matching';
import type { Deposit } from './deposit.entity';

/** A remittance as the deposit views show it: TRN02/TRN03, payer, BPR02, BPR16, BPR04 and the day it was taken in. */
export interface RemittanceSummary extends OpenRemittance {
  readonly method: string;
  readonly receivedOn: string;
}

/** A deposit as the API shows it: its state, its remittance and the difference, or its near matches. */
export interface DepositView {
  readonly id: string;
  readonly depositDate: string;
  readonly amountCents: number;
  readonly traceNumber: string | null;
  readonly payerName: string | null;
  readonly bankReference: string | null;
  readonly note: string | null;
  readonly source: string;
  readonly enteredBy: string;
  readonly createdAt: string;
  readonly state: 'matched' | 'unmatched';
  readonly matchMethod: string | null;
  readonly matchedAt: string | null;
  readonly remittance: RemittanceSummary | null;
  /** The deposit's amount minus the matched remittance's payment: 0 unless a person matched differing amounts. */
  readonly differenceCents: number | null;
  /** For an unmatched deposit: remittances with its trace number and another amount. */
  readonly nearMatches: readonly NearMatch[];
}

/** The view of a deposit, given its matched remittance (when matched) and its near matches (when not). */
export function depositView(deposit: Deposit, remittance: RemittanceSummary | undefined, nearMatches: readonly NearMatch[]): DepositView {
  const matched = deposit.remittanceId !== null;
  return {
    id: deposit.id,
    depositDate: deposit.depositDate,
    amountCents: deposit.amountCents,
    traceNumber: deposit.traceNumber,
    payerName: deposit.payerName,
    bankReference: deposit.bankReference,
    note: deposit.note,
    source: deposit.source,
    enteredBy: deposit.enteredBy,
    createdAt: deposit.createdAt.toISOString(),
    state: matched ? 'matched' : 'unmatched',
    matchMethod: deposit.matchMethod,
    matchedAt: deposit.matchedAt?.toISOString() ?? null,
    remittance: matched ? (remittance ?? null) : null,
    differenceCents: matched && remittance ? deposit.amountCents - remittance.paymentCents : null,
    nearMatches: matched ? [] : nearMatches,
  };
}
