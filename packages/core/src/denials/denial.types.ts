/**
 * What the 835 posting engine hands the {@link DenialRouter} for one claim, inside its posting transaction: the
 * adjustments that are denials (not contractual reductions, not patient responsibility), at claim and line level.
 */

/** One CAS reason/amount set that is a denial. */
export interface DeniedAdjustment {
  readonly groupCode: string;
  readonly reasonCode: string;
  readonly amountCents: number;
  readonly remarkCodes: readonly string[];
}

/** A service line with denial adjustments (`claimLineId` null when the 835 line matched no claim line). */
export interface DeniedLine {
  readonly claimLineId: string | null;
  readonly procedureCode: string;
  readonly adjustments: readonly DeniedAdjustment[];
}

/** The denials of one claim in one remittance. */
export interface ClaimDenial {
  readonly claimId: string;
  readonly patientId: string;
  readonly payerRecordId: string;
  readonly remittanceId: string;
  /** Calendar date (YYYY-MM-DD) the remittance was received/posted. */
  readonly receivedOn: string;
  /** Claim-level CAS that are denials (not contractual, not PR). */
  readonly claimAdjustments: readonly DeniedAdjustment[];
  /** Lines with denial CAS. */
  readonly lines: readonly DeniedLine[];
}
