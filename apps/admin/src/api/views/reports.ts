// The server's answers (see ../views.ts): the dashboard, A/R aging, the ledger and the gate change history.
import type { WorkItemKind } from './common';
import type { AdjustmentTotal } from './money';

/** `GET …/ledger/summary`. */
/** `GET /api/organizations/:id/dashboard`. */
export interface DashboardCounts {
  readonly claimsByState: readonly { readonly state: string; readonly claims: number }[];
  /** Unresolved work items (open, assigned, in progress, waiting on the payer) by kind and category. */
  readonly openWorkItems: readonly { readonly kind: WorkItemKind; readonly category: string | null; readonly items: number }[];
}

export type AgingBasis = 'service-date' | 'first-bill-date';

export type AgingBucket = '0-30' | '31-60' | '61-90' | '91-120' | '121+';

/** One payer's (or patient's) aged balances in cents. */
export interface AgingRow {
  readonly id: string;
  readonly name: string;
  readonly buckets: Readonly<Record<AgingBucket, number>>;
  readonly totalCents: number;
  readonly accounts: number;
}

/** `GET /api/organizations/:id/aging`. */
export interface AgingReport {
  readonly asOf: string;
  readonly by: 'payer' | 'patient';
  readonly basis: AgingBasis;
  readonly buckets: readonly AgingBucket[];
  readonly rows: readonly AgingRow[];
  readonly totals: Omit<AgingRow, 'id' | 'name'>;
  readonly creditBalances: { readonly accounts: number; readonly totalCents: number };
  readonly serviceDateFallback: { readonly accounts: number; readonly totalCents: number; readonly note: string } | null;
}

/** The parts of `GET /api/organizations/:id/ledger/summary` the dashboard shows (amounts in cents). */
export interface LedgerSummary {
  readonly entries: number;
  readonly balanceCents: number;
  readonly byKind: readonly { readonly kind: string; readonly entries: number; readonly amountCents: number }[];
  readonly remittancesByPayer: readonly { readonly payerRecordId: string | null; readonly payerName: string; readonly remittances: number; readonly paymentCents: number; readonly paidCents: number }[];
  readonly remittanceTotals: {
    readonly remittances: number;
    readonly paymentCents: number;
    readonly paidCents: number;
    readonly adjustments: readonly AdjustmentTotal[];
    readonly providerAdjustments: readonly { readonly reasonCode: string; readonly amountCents: number }[];
  };
  readonly claimsByState: readonly { readonly state: string; readonly claims: number }[];
}

/** `GET …/ledger/balances/payers`. */
export interface PayerBalances {
  readonly items: readonly { readonly payerRecordId: string; readonly balanceCents: number }[];
}

/** `POST …/ledger/verify`. */
export interface LedgerVerification {
  readonly entries: number;
  readonly checks: readonly string[];
  readonly violations: readonly { readonly check: string; readonly message: string; readonly ids: readonly string[] }[];
  readonly remittanceTotals: { readonly remittances: number; readonly paymentCents: number; readonly paidCents: number };
}

/** A check's policy and owner, or the gate settings, before or after a change. */
export type GateChangeValue = Readonly<Record<string, string | number | null>>;

/** One row of `GET /api/organizations/:id/gates/history`. */
export interface GateChange {
  readonly id: string;
  readonly at: string;
  readonly actor: { readonly type: string; readonly id: string; readonly name: string; readonly email: string | null };
  readonly subject: 'check' | 'settings';
  readonly check: string | null;
  readonly previous: GateChangeValue;
  readonly next: GateChangeValue;
}
