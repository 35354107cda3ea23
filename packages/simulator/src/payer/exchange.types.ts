import type { ClaimRejection } from './claim-rejection';

/** Options of `processInterchange`. */
export interface ProcessOptions {
  /** The seed of every draw (same input, rules and seed → byte-identical answers). */
  readonly seed: number;
  /** The moment the payer answers, an ISO date-time in UTC (dates and times of the answers, timely filing). */
  readonly now: string;
  /** ISA13/GS06 of the first answer interchange; the others follow (default: derived from the input and seed). */
  readonly firstControlNumber?: number;
}

/** What happened to one claim of the 837P. */
export interface ClaimOutcome {
  /** CLM01. */
  readonly patientControlNumber: string;
  readonly payerId: string;
  /** ST02 of the 837 transaction set the claim came in. */
  readonly transaction: string;
  /** Where the claim stopped: its ST rejected on the 999, rejected on the 277CA, or adjudicated on an 835. */
  readonly stage: 'rejected-999' | 'rejected-277CA' | 'adjudicated';
  readonly rejection?: ClaimRejection;
  /** REF*1K / CLP07 for claims the 277CA accepted. */
  readonly payerClaimControlNumber?: string;
  /** CLP02 of the adjudicated claim (`1`, `2`, `3`, `4`, `19`, or `22` for a void). */
  readonly claimStatus?: string;
  /** CLP04 in integer cents. */
  readonly paidCents?: number;
  /** The CARCs of its denials, claim or line level. */
  readonly denialCarcs?: readonly string[];
  /** Whether a later 835 reverses and corrects it. */
  readonly reversed?: boolean;
}

/** One 835 interchange of the answer. */
export interface Remit835File {
  readonly payerId: string;
  /** `payment`: the adjudication of the claims; `correction`: reversals (CLP02 22) followed by their corrections. */
  readonly kind: 'payment' | 'correction';
  /** BPR02 in integer cents. */
  readonly paymentCents: number;
  /** TRN02. */
  readonly traceNumber: string;
  readonly x12: string;
}

/** The payer's answers to one 837P interchange. */
export interface ExchangeAnswer {
  /** ISA13 of the 837P interchange answered. */
  readonly interchangeControlNumber: string;
  /** The 999 (always). */
  readonly ack999: string;
  /** The 277CA, when any transaction set was accepted. */
  readonly ack277CA?: string;
  /** The 835s: one payment 835 per payer and billing provider with adjudicated claims, then any correction 835s. */
  readonly remit835: readonly Remit835File[];
  readonly outcomes: readonly ClaimOutcome[];
  /** The next free control number after the answers' interchanges. */
  readonly nextControlNumber: number;
}
