import { traceKey } from './deposit-input';

/** An unmatched deposit the matcher looks at. */
export interface DepositCandidate {
  readonly id: string;
  readonly traceNumber: string | null;
  readonly amountCents: number;
}

/** A posted remittance with money that no deposit has matched yet. */
export interface OpenRemittance {
  readonly id: string;
  readonly traceNumber: string;
  readonly traceOriginator: string;
  readonly payerName: string;
  readonly paymentCents: number;
  readonly paymentDate: string | null;
}

/** A remittance with the deposit's trace number but another amount: shown for a person to judge, never matched. */
export interface NearMatch {
  readonly depositId: string;
  readonly remittanceId: string;
  readonly traceNumber: string;
  readonly depositCents: number;
  readonly remittanceCents: number;
  /** The deposit's amount minus the remittance's payment (BPR02), in cents. */
  readonly differenceCents: number;
}

/** What one pass of matching decides. */
export interface MatchPlan {
  readonly matches: readonly { readonly depositId: string; readonly remittanceId: string }[];
  readonly nearMatches: readonly NearMatch[];
  /** Deposits whose trace and amount fit several remittances (the same TRN02 from several payers): left for a person. */
  readonly ambiguous: readonly { readonly depositId: string; readonly remittanceIds: readonly string[] }[];
}

/**
 * Matches deposits (in the order given: oldest first) to remittances by trace number (TRN02, compared without case or
 * surrounding blanks) and exact amount in cents. A remittance goes to one deposit; a deposit whose trace and amount
 * fit several remittances is ambiguous; a remittance with the trace and another amount is a near match with the
 * difference. `excluded` holds `depositId:remittanceId` pairs a person unmatched: they are never matched again.
 */
export function planMatches(deposits: readonly DepositCandidate[], remittances: readonly OpenRemittance[], excluded: ReadonlySet<string> = new Set()): MatchPlan {
  const byTrace = new Map<string, OpenRemittance[]>();
  for (const remittance of remittances) {
    const key = traceKey(remittance.traceNumber);
    if (key) byTrace.set(key, [...(byTrace.get(key) ?? []), remittance]);
  }
  const taken = new Set<string>();
  const matches: { depositId: string; remittanceId: string }[] = [];
  const nearMatches: NearMatch[] = [];
  const ambiguous: { depositId: string; remittanceIds: string[] }[] = [];
  for (const deposit of deposits) {
    const key = traceKey(deposit.traceNumber);
    if (!key) continue;
    const sameTrace = (byTrace.get(key) ?? []).filter((remittance) => !taken.has(remittance.id) && !excluded.has(`${deposit.id}:${remittance.id}`));
    const exact = sameTrace.filter((remittance) => remittance.paymentCents === deposit.amountCents);
    if (exact.length === 1) {
      const [remittance] = exact as [OpenRemittance];
      taken.add(remittance.id);
      matches.push({ depositId: deposit.id, remittanceId: remittance.id });
    } else if (exact.length > 1) {
      ambiguous.push({ depositId: deposit.id, remittanceIds: exact.map((remittance) => remittance.id) });
    } else {
      nearMatches.push(...sameTrace.map((remittance) => nearMatchOf(deposit, remittance)));
    }
  }
  return { matches, nearMatches, ambiguous };
}

/** The near match of a deposit and a remittance with its trace. */
export function nearMatchOf(deposit: DepositCandidate, remittance: OpenRemittance): NearMatch {
  return {
    depositId: deposit.id,
    remittanceId: remittance.id,
    traceNumber: remittance.traceNumber,
    depositCents: deposit.amountCents,
    remittanceCents: remittance.paymentCents,
    differenceCents: deposit.amountCents - remittance.paymentCents,
  };
}
