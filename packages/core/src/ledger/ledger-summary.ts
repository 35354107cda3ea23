import type { LedgerEntryKind } from './ledger.types';

/** Entries of one kind. */
export interface KindTotal {
  readonly kind: LedgerEntryKind;
  readonly entries: number;
  /** The sum of the entries' signed effects on the balances, in cents. */
  readonly amountCents: number;
}

/** One CAS group and reason as the remittances state it, with what posting did with it (by disposition). */
export interface AdjustmentTotal {
  readonly groupCode: string;
  readonly reasonCode: string;
  readonly amountCents: number;
  /** Adjusted off (dispositions contractual and other). */
  readonly adjustedOffCents: number;
  /** Held open as a denial, the balance kept with the payer. */
  readonly deniedCents: number;
  /** Transferred to the next coverage or the patient. */
  readonly transferredCents: number;
}

/** One PLB reason as the remittances state it (positive reduces the payment). */
export interface ProviderAdjustmentTotal {
  readonly reasonCode: string;
  readonly amountCents: number;
}

/** What the posted remittances of one payer (or all of them) state. */
export interface RemittanceTotals {
  readonly remittances: number;
  /** Σ BPR02. */
  readonly paymentCents: number;
  /** Σ CLP04 (claim payments). */
  readonly paidCents: number;
  readonly adjustments: readonly AdjustmentTotal[];
  readonly providerAdjustments: readonly ProviderAdjustmentTotal[];
}

/** The remittance totals of one payer: its record when the remittance matched one, else the name it gave. */
export interface PayerRemittanceTotals extends RemittanceTotals {
  readonly payerRecordId: string | null;
  readonly payerName: string;
}

/** Provider-level ledger entries (PLB) of one kind and reason. */
export interface ProviderEntryTotal {
  readonly kind: LedgerEntryKind;
  readonly reasonCode: string | null;
  readonly entries: number;
  readonly amountCents: number;
}

/** What `openrcm ledger summary` and `GET …/ledger/summary` show for one organization; amounts in integer cents. */
export interface LedgerSummary {
  readonly organizationId: string;
  readonly entries: number;
  /** Σ of every service-line entry: what payers and patients still owe. */
  readonly balanceCents: number;
  readonly byKind: readonly KindTotal[];
  readonly remittancesByPayer: readonly PayerRemittanceTotals[];
  readonly remittanceTotals: RemittanceTotals;
  readonly providerEntries: readonly ProviderEntryTotal[];
  readonly claimsByState: readonly { readonly state: string; readonly claims: number }[];
}

/** Adds up the payers' remittance totals: counts and amounts, CAS by group and reason, PLB by reason. */
export function totalOfPayers(payers: readonly RemittanceTotals[]): RemittanceTotals {
  const adjustments = new Map<string, AdjustmentTotal>();
  const provider = new Map<string, ProviderAdjustmentTotal>();
  for (const payer of payers) {
    for (const row of payer.adjustments) {
      const key = `${row.groupCode}-${row.reasonCode}`;
      const sum = adjustments.get(key);
      adjustments.set(
        key,
        sum
          ? {
              ...sum,
              amountCents: sum.amountCents + row.amountCents,
              adjustedOffCents: sum.adjustedOffCents + row.adjustedOffCents,
              deniedCents: sum.deniedCents + row.deniedCents,
              transferredCents: sum.transferredCents + row.transferredCents,
            }
          : row,
      );
    }
    for (const row of payer.providerAdjustments) provider.set(row.reasonCode, { reasonCode: row.reasonCode, amountCents: (provider.get(row.reasonCode)?.amountCents ?? 0) + row.amountCents });
  }
  return {
    remittances: payers.reduce((sum, payer) => sum + payer.remittances, 0),
    paymentCents: payers.reduce((sum, payer) => sum + payer.paymentCents, 0),
    paidCents: payers.reduce((sum, payer) => sum + payer.paidCents, 0),
    adjustments: [...adjustments.values()].sort(byGroupAndReason),
    providerAdjustments: [...provider.values()].sort((a, b) => a.reasonCode.localeCompare(b.reasonCode)),
  };
}

/** CAS rows in group, then reason order. */
export function byGroupAndReason(a: Pick<AdjustmentTotal, 'groupCode' | 'reasonCode'>, b: Pick<AdjustmentTotal, 'groupCode' | 'reasonCode'>): number {
  return a.groupCode.localeCompare(b.groupCode) || a.reasonCode.localeCompare(b.reasonCode, undefined, { numeric: true });
}
