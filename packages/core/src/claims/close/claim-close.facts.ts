/** What the Close-ready checks read about one claim. */
export interface ClaimCloseFacts {
  readonly claimId: string;
  readonly patientControlNumber: string;
  readonly payerName: string;
  /** The payer's claim control number (a 277CA's REF*1K or an 835's CLP07), when one is on file. */
  readonly payerClaimNumber: string | null;
  /** Error-severity scrub findings neither resolved by a later scrub nor overridden. */
  readonly openErrors: readonly { readonly field: string; readonly message: string }[];
  /** Claim payments matched to the claim from its own payer (835s and paper EOBs), oldest first. */
  readonly payments: readonly ClaimPaymentFact[];
  /** Service payments of the claim flagged for review and not explained. */
  readonly flaggedVariances: readonly { readonly procedureCode: string; readonly traceNumber: string; readonly paidCents: number; readonly expectedPaymentCents: number | null }[];
  /** Amounts held open as denials that no denial work item took. */
  readonly unroutedDenials: readonly { readonly groupCode: string; readonly reasonCode: string; readonly amountCents: number; readonly traceNumber: string }[];
  /** The accounts of the claim's service lines whose balance is not zero. */
  readonly openAccounts: readonly { readonly procedureCode: string; readonly owedBy: string; readonly balanceCents: number }[];
}

/** One matched claim payment. */
export interface ClaimPaymentFact {
  readonly traceNumber: string;
  readonly statusCode: string;
  /** A reversal (CLP02 22) of an earlier payment. */
  readonly reversal: boolean;
  /** A later reversal undid it. */
  readonly reversed: boolean;
}
