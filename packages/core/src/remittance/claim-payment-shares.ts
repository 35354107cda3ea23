import { allocateCents } from './allocation';

/** A claim payment (CLP) spread over the claim lines it posts to. */
export interface ClaimPaymentShares {
  /** Each line's payment; they add up to CLP04. */
  readonly paymentCents: readonly number[];
  /** Per claim-level CAS amount (in the CLP's order), each line's share of it. */
  readonly adjustmentCents: readonly (readonly number[])[];
  /** What a CLP that does not balance (CLP03 − claim CAS − line CAS ≠ CLP04) left over and was shared out; 0 when it balances. */
  readonly unbalancedCents: number;
}

/**
 * Spreads a CLP over the lines it posts to, in proportion to `weights` (their charges), to the cent. Each claim-level
 * CAS amount is shared out; a line with its SVC is paid SVC03 less its shares of the claim-level CAS — SVC03 is the
 * line's payment before them, and CLP03 − claim CAS − line CAS = CLP04 — and without SVC (`servicePaymentCents`
 * null) its share of CLP04. What a CLP that does not balance leaves over is shared out too: the lines' payments
 * always add up to CLP04, the money the check carries for the claim.
 */
export function shareClaimPayment(claimPaymentCents: number, servicePaymentCents: readonly number[] | null, claimAdjustmentCents: readonly number[], weights: readonly number[]): ClaimPaymentShares {
  const adjustmentCents = claimAdjustmentCents.map((amount) => allocateCents(amount, weights));
  const paymentCents = servicePaymentCents
    ? servicePaymentCents.map((paid, index) => paid - adjustmentCents.reduce((sum, shares) => sum + (shares[index] as number), 0))
    : allocateCents(claimPaymentCents, weights);
  const unbalancedCents = claimPaymentCents - paymentCents.reduce((sum, paid) => sum + paid, 0);
  if (unbalancedCents !== 0) allocateCents(unbalancedCents, weights).forEach((share, index) => (paymentCents[index] = (paymentCents[index] as number) + share));
  return { paymentCents, adjustmentCents, unbalancedCents };
}
