// The server's answers (see ../views.ts): remittances, deposits, credit balances.

/** A payer row (`GET …/payers`), as the money screens use it. */
export interface PayerView {
  readonly id: string;
  readonly name: string;
  readonly payerId: string;
  readonly active: boolean;
}

/** A warning posting raised without refusing the remittance. */
export interface RemittanceWarning {
  readonly code: string;
  readonly message: string;
  readonly patientControlNumber?: string;
}

/** A posted remittance (`GET …/remittances`): an 835 transaction or a paper EOB keyed in. */
export interface Remittance {
  readonly id: string;
  readonly source: 'x12' | 'manual';
  readonly traceNumber: string;
  readonly traceOriginator: string;
  readonly payerName: string;
  readonly payerRecordId: string | null;
  readonly method: string;
  readonly paymentCents: number;
  readonly paymentDate: string | null;
  readonly receivedOn: string;
  readonly claimCount: number;
  readonly unmatchedCount: number;
  readonly warnings: readonly RemittanceWarning[];
  readonly postedBy: string;
  readonly createdAt: string;
}

/** What posting one remittance (one check) did. */
export interface RemittancePosting {
  readonly outcome: 'posted' | 'duplicate';
  readonly remittanceId: string;
  readonly traceNumber: string;
  readonly paymentCents: number;
  readonly claimPayments: number;
  readonly unmatched: number;
  readonly warnings: readonly RemittanceWarning[];
}

/** `POST …/remittances`: the archived 835 file and each check's posting. */
export interface RemittanceFileResult {
  readonly fileId: string;
  readonly alreadyArchived: boolean;
  readonly postings: readonly RemittancePosting[];
}

/** One CAS amount, with what posting did with it. */
export interface RemittanceAdjustment {
  readonly id: string;
  readonly remittanceLineId: string | null;
  readonly groupCode: string;
  readonly reasonCode: string;
  readonly amountCents: number;
  readonly quantity: number | null;
  readonly disposition: 'contractual' | 'other' | 'denial' | 'next-coverage' | 'patient' | 'prior-payer';
}

/** One SVC service payment. */
export interface RemittanceLine {
  readonly id: string;
  readonly remittanceClaimId: string;
  readonly procedureCode: string;
  readonly modifiers: readonly string[];
  readonly chargeCents: number;
  readonly paymentCents: number;
  readonly allowedCents: number | null;
  readonly units: number | null;
  readonly serviceDate: string | null;
  readonly lineItemControlNumber: string | null;
  readonly remarkCodes: readonly string[];
  readonly matchMethod: 'control-number' | 'procedure' | 'unmatched';
  readonly contractAllowedCents: number | null;
  readonly expectedPaymentCents: number | null;
  readonly varianceStatus: 'none' | 'flagged' | 'explained';
  readonly varianceNote: string | null;
  readonly createdAt: string;
}

/** One CLP claim payment (also a row of the unmatched queue). */
export interface RemittanceClaim {
  readonly id: string;
  readonly remittanceId: string;
  readonly position: number;
  readonly patientControlNumber: string;
  readonly statusCode: string;
  readonly chargeCents: number;
  readonly paymentCents: number;
  readonly patientResponsibilityCents: number | null;
  readonly payerClaimNumber: string | null;
  readonly match: 'matched' | 'unmatched';
  readonly unmatchedReason: string | null;
  readonly claimId: string | null;
  readonly createdAt: string;
}

/** One PLB amount (positive reduces the check). */
export interface ProviderAdjustment {
  readonly id: string;
  readonly providerIdentifier: string;
  readonly fiscalPeriodDate: string;
  readonly reasonCode: string;
  readonly reference: string | null;
  readonly amountCents: number;
  readonly disposition: 'recoupment' | 'interest' | 'forwarding-balance' | 'provider-account';
}

/** `GET …/remittances/:id`. */
export interface RemittanceDetail {
  readonly remittance: Remittance;
  readonly claims: readonly (RemittanceClaim & { readonly lines: readonly RemittanceLine[]; readonly adjustments: readonly RemittanceAdjustment[] })[];
  readonly providerAdjustments: readonly ProviderAdjustment[];
}

/** `GET …/reference-codes/:kind/:code`. */
export interface CodeValidity {
  readonly code: string;
  readonly valid: boolean;
  readonly description: string | null;
}

/** A remittance as the deposit screens show it. */
export interface RemittanceSummary {
  readonly id: string;
  readonly traceNumber: string;
  readonly traceOriginator: string;
  readonly payerName: string;
  readonly paymentCents: number;
  readonly paymentDate: string | null;
  readonly method: string;
  readonly receivedOn: string;
}

/** A remittance with the trace of a deposit and another amount. */
export interface NearMatch {
  readonly depositId: string;
  readonly remittanceId: string;
  readonly traceNumber: string;
  readonly depositCents: number;
  readonly remittanceCents: number;
  readonly differenceCents: number;
}

/** A bank deposit (`GET …/deposits`). */
export interface Deposit {
  readonly id: string;
  readonly depositDate: string;
  readonly amountCents: number;
  readonly traceNumber: string | null;
  readonly payerName: string | null;
  readonly bankReference: string | null;
  readonly note: string | null;
  readonly source: string;
  readonly state: 'matched' | 'unmatched';
  readonly matchMethod: string | null;
  readonly remittance: RemittanceSummary | null;
  readonly differenceCents: number | null;
  readonly nearMatches: readonly NearMatch[];
}

/** `GET …/deposits/unmatched-remittances`. */
export interface UnmatchedRemittance extends RemittanceSummary {
  readonly nearMatches: readonly NearMatch[];
}

/** What a reconciliation run did. */
export interface Reconciliation {
  readonly examined: number;
  readonly matches: readonly { readonly depositId: string; readonly remittanceId: string }[];
  readonly nearMatches: readonly NearMatch[];
  readonly ambiguous: readonly { readonly depositId: string; readonly remittanceIds: readonly string[] }[];
}

/** `POST …/deposits`. */
export interface DepositEntered {
  readonly deposit: Deposit;
  readonly reconciliation: Reconciliation;
}

/** `POST …/deposits/import`. */
export interface DepositImport {
  readonly imported: number;
  readonly importedCents: number;
  readonly duplicates: readonly { readonly line: number }[];
  readonly reconciliation: Reconciliation;
}

/** An overpaid account (`GET …/credit-balances`). */
export interface CreditBalance {
  readonly chargeId: string;
  readonly party: 'payer' | 'patient';
  readonly coverageId: string | null;
  readonly patientId: string;
  readonly payerRecordId: string | null;
  readonly payerName: string | null;
  readonly claimId: string | null;
  readonly patientControlNumber: string | null;
  readonly procedureCode: string | null;
  readonly dateOfService: string | null;
  readonly balanceCents: number;
  readonly creditCents: number;
  readonly identifiedOn: string;
  readonly medicare: boolean;
  readonly refundDueDate: string | null;
}

/** A patient's coverage (`GET …/patients/:id/coverages`), as the transfer dialog lists it. */
export interface CoverageView {
  readonly id: string;
  readonly payerRecordId: string;
  readonly order: string;
}

/** CAS by group and reason, with what posting did. */
export interface AdjustmentTotal {
  readonly groupCode: string;
  readonly reasonCode: string;
  readonly amountCents: number;
  readonly adjustedOffCents: number;
  readonly deniedCents: number;
  readonly transferredCents: number;
}
