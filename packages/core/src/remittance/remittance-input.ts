/**
 * A remittance as posting reads it, whatever it came from (an 835 transaction, a paper EOB keyed in): amounts in
 * cents as the payer stated them. `position`s are 1-based and name the item in messages ("CLP #3, SVC #2").
 */
export interface RemittanceInput {
  readonly source: 'x12' | 'manual';
  readonly x12FileId?: string | null;
  readonly transactionControlNumber?: string | null;
  /** TRN02 (a paper EOB: the check number). */
  readonly traceNumber: string;
  /** TRN03 (a paper EOB: the payer's id). */
  readonly traceOriginator: string;
  readonly payerName: string;
  readonly payerIdentifier?: string | null;
  readonly payeeIdentifier?: string | null;
  /** BPR01. */
  readonly handlingCode: string;
  /** BPR04. */
  readonly method: string;
  /** BPR02, negative for a debit (BPR03 `D`). */
  readonly paymentCents: number;
  readonly paymentDate?: string | null;
  readonly receivedOn: string;
  readonly claims: readonly ClaimPaymentInput[];
  readonly providerAdjustments: readonly ProviderAdjustmentInput[];
}

/** One CAS reason/amount. */
export interface CasInput {
  readonly groupCode: string;
  readonly reasonCode: string;
  readonly amountCents: number;
  readonly quantity?: number | null;
}

/** One CLP claim payment. */
export interface ClaimPaymentInput {
  readonly patientControlNumber: string;
  readonly statusCode: string;
  readonly chargeCents: number;
  readonly paymentCents: number;
  readonly patientResponsibilityCents?: number | null;
  readonly payerClaimNumber?: string | null;
  /** NM1*TT: the payer the claim was crossed over to. */
  readonly crossoverPayer?: { readonly name: string; readonly id: string | null } | null;
  /** Claim-level CAS. */
  readonly adjustments: readonly CasInput[];
  readonly lines: readonly ServicePaymentInput[];
}

/** One SVC service payment. */
export interface ServicePaymentInput {
  /** The procedure as billed: SVC06 when the payer changed it, else SVC01. */
  readonly procedureCode: string;
  readonly modifiers: readonly string[];
  readonly chargeCents: number;
  readonly paymentCents: number;
  readonly allowedCents?: number | null;
  readonly units?: number | null;
  readonly serviceDate?: string | null;
  readonly lineItemControlNumber?: string | null;
  readonly remarkCodes: readonly string[];
  readonly adjustments: readonly CasInput[];
}

/** One PLB reason/amount (positive reduces the payment). */
export interface ProviderAdjustmentInput {
  readonly providerIdentifier: string;
  readonly fiscalPeriodDate: string;
  readonly reasonCode: string;
  readonly reference?: string | null;
  readonly amountCents: number;
}
