import type { Claim835, ProviderAdjustmentItem835 } from '@openrcm/x12';
import { basisPointsOf } from './money';
import type { PlbRule } from './payer-rules.types';
import type { Prng } from './prng';

/**
 * Draws the provider-level adjustments of one 835: per paid claim, interest for late payment (L6, negative: paid to
 * the provider) with the claim's CLP01 as reference; per 835, an overpayment recoupment (WO, positive) of a share of
 * one paid claim's payment, referencing that claim's CLP01. The recoupment never exceeds what the 835 pays.
 */
export function drawPlbItems(claims: readonly Claim835[], rule: PlbRule | undefined, prng: Prng): ProviderAdjustmentItem835[] {
  if (!rule) return [];
  const paid = claims.filter((c) => c.status !== '22' && c.paymentCents > 0);
  const items: ProviderAdjustmentItem835[] = [];
  for (const c of paid) {
    if (prng.chance(rule.interestRate)) items.push({ reason: 'L6', reference: c.patientControlNumber, amountCents: -prng.int(rule.interestCents.min, rule.interestCents.max) });
  }
  if (paid.length > 0 && prng.chance(rule.recoupmentRate)) {
    const claim = paid[prng.int(0, paid.length - 1)]!;
    const amount = basisPointsOf(claim.paymentCents, rule.recoupmentBasisPoints);
    if (amount > 0) items.push({ reason: 'WO', reference: claim.patientControlNumber, amountCents: amount });
  }
  return items;
}
