import type { Adjustment } from '../common';
import type { Claim835, Remittance835 } from './x12-835.types';

/** One way an 835 does not balance. `error` findings make the remittance unbalanced; `warning` ones do not. */
export interface BalanceFinding {
  code: 'LINE_UNBALANCED' | 'CLAIM_UNBALANCED' | 'PAYMENT_UNBALANCED' | 'PATIENT_RESPONSIBILITY_MISMATCH';
  severity: 'error' | 'warning';
  /** Index of the claim in `claims`, when the finding is about a claim or line. */
  claimIndex?: number;
  lineIndex?: number;
  /** The amount the other figures add up to. */
  expectedCents: number;
  /** The amount the file states. */
  actualCents: number;
  message: string;
}

/** Sum of adjustment amounts in cents. */
export function sumAdjustments(adjustments: readonly Adjustment[], group?: string): number {
  let sum = 0;
  for (const a of adjustments) if (group === undefined || a.group === group) sum += a.amountCents;
  return sum;
}

function checkLines(claim: Claim835, claimIndex: number, out: BalanceFinding[]): number {
  let lineCas = 0;
  claim.lines.forEach((line, lineIndex) => {
    const cas = sumAdjustments(line.adjustments);
    lineCas += cas;
    const expected = line.chargeCents - cas;
    if (expected !== line.paymentCents) {
      out.push({ code: 'LINE_UNBALANCED', severity: 'error', claimIndex, lineIndex, expectedCents: expected, actualCents: line.paymentCents,
        message: `Claim ${claim.patientControlNumber} line ${lineIndex + 1}: SVC02 - line CAS = ${expected} cents, SVC03 = ${line.paymentCents}` });
    }
  });
  return lineCas;
}

function checkClaim(claim: Claim835, claimIndex: number, out: BalanceFinding[]): void {
  const lineCas = checkLines(claim, claimIndex, out);
  const expected = claim.chargeCents - sumAdjustments(claim.adjustments) - lineCas;
  if (expected !== claim.paymentCents) {
    out.push({ code: 'CLAIM_UNBALANCED', severity: 'error', claimIndex, expectedCents: expected, actualCents: claim.paymentCents,
      message: `Claim ${claim.patientControlNumber}: CLP03 - claim CAS - line CAS = ${expected} cents, CLP04 = ${claim.paymentCents}` });
  }
  if (claim.patientResponsibilityCents === undefined) return;
  const pr = sumAdjustments(claim.adjustments, 'PR') + claim.lines.reduce((s, l) => s + sumAdjustments(l.adjustments, 'PR'), 0);
  if (pr !== claim.patientResponsibilityCents) {
    out.push({ code: 'PATIENT_RESPONSIBILITY_MISMATCH', severity: 'warning', claimIndex, expectedCents: pr, actualCents: claim.patientResponsibilityCents,
      message: `Claim ${claim.patientControlNumber}: sum of PR adjustments = ${pr} cents, CLP05 = ${claim.patientResponsibilityCents}` });
  }
}

/** Σ CLP04 − Σ PLB amounts, the payment the claims and provider adjustments add up to. */
export function expectedPaymentCents(remit: Remittance835): number {
  let total = 0;
  for (const c of remit.claims) total += c.paymentCents;
  for (const plb of remit.providerAdjustments) for (const item of plb.items) total -= item.amountCents;
  return total;
}

/**
 * Checks the 835 balancing rules: per line SVC02 − Σ line CAS = SVC03; per claim CLP03 − Σ claim CAS −
 * Σ line CAS = CLP04; per transaction BPR02 = Σ CLP04 − Σ PLB. CLP05 ≠ Σ PR is a warning only.
 * Requires the claims to be retained.
 */
export function balance835(remit: Remittance835): BalanceFinding[] {
  const out: BalanceFinding[] = [];
  remit.claims.forEach((claim, i) => checkClaim(claim, i, out));
  const expected = expectedPaymentCents(remit);
  if (expected !== remit.payment.amountCents) {
    out.push({ code: 'PAYMENT_UNBALANCED', severity: 'error', expectedCents: expected, actualCents: remit.payment.amountCents,
      message: `Σ CLP04 − Σ PLB = ${expected} cents, BPR02 = ${remit.payment.amountCents}` });
  }
  return out;
}
