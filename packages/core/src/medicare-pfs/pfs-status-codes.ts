/** What a PFS status code means, and whether the fee schedule pays the code from its RVUs. */
export interface PfsStatusCode {
  readonly payable: boolean;
  readonly meaning: string;
}

/**
 * The status codes of the CMS PFS Relative Value File (PPRRVU), as the file's documentation (RVUPUF) defines them.
 * Only A, R and T codes are paid from their RVUs; the others are priced elsewhere, bundled, excluded or not valid,
 * and pricing them answers why instead of a price of zero.
 */
export const PFS_STATUS_CODES: Readonly<Record<string, PfsStatusCode>> = {
  A: { payable: true, meaning: 'active code, separately payable under the PFS' },
  B: { payable: false, meaning: 'bundled code: payment is always included in another service; RVUs shown are not used for payment' },
  C: { payable: false, meaning: 'contractor-priced code: the Medicare administrative contractor sets the payment case by case' },
  D: { payable: false, meaning: 'deleted code (subject to a 90-day grace period)' },
  E: { payable: false, meaning: 'excluded from the PFS by regulation; paid, when covered, under reasonable charge procedures' },
  F: { payable: false, meaning: 'deleted or discontinued code (no grace period)' },
  G: { payable: false, meaning: 'not valid for Medicare purposes: Medicare uses another code (grace period)' },
  H: { payable: false, meaning: 'deleted modifier: the code with this modifier is no longer priced' },
  I: { payable: false, meaning: 'not valid for Medicare purposes: Medicare uses another code for reporting and payment' },
  J: { payable: false, meaning: 'anesthesia service: no RVUs in this file (paid by anesthesia base and time units)' },
  M: { payable: false, meaning: 'measurement code: reported for quality reporting only, no payment' },
  N: { payable: false, meaning: 'non-covered service' },
  P: { payable: false, meaning: 'bundled or excluded code: no separate payment under the PFS' },
  R: { payable: true, meaning: 'restricted coverage: paid from its RVUs only when special coverage instructions are met' },
  T: { payable: true, meaning: 'injection: paid from its RVUs only when no other PFS service is billed on the same date by the same provider' },
  X: { payable: false, meaning: 'statutory exclusion: not in the PFS statutory definition of physician services' },
};
