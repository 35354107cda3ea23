import type { Adjustment } from '@openrcm/x12';
import type { CostShare } from './cost-sharing';
import { basisPointsOf } from './money';

/**
 * A secondary (or tertiary) payer's line after the payers before it paid `priorPaidCents` (the 837's 2430 SVD02):
 * it pays the lesser of its own benefit (`share.paidCents` before sequestration) and what the allowed amount leaves
 * after the prior payments, less sequestration on that; the patient owes what is still left of the allowed amount,
 * reported against the payer's own deductible, then coinsurance, then copay (any rest as coinsurance); OA-23 carries
 * the impact of the prior payers. Balances: charge − CO-45 − OA-23 − PR − CO-253 = paid.
 */
export function coordinatedLine(chargeCents: number, allowedCents: number, share: CostShare, priorPaidCents: number, sequestrationBasisPoints: number): { paidCents: number; adjustments: Adjustment[] } {
  const ownBenefit = share.paidCents + share.sequestrationCents;
  const benefit = Math.min(ownBenefit, Math.max(0, allowedCents - priorPaidCents));
  const sequestration = basisPointsOf(benefit, sequestrationBasisPoints);
  const patient = Math.max(0, allowedCents - priorPaidCents - benefit);
  const deductible = Math.min(share.deductibleCents, patient);
  const copay = Math.min(share.copayCents, patient - deductible);
  const coinsurance = patient - deductible - copay;
  const all: Adjustment[] = [
    { group: 'CO', reason: '45', amountCents: chargeCents - allowedCents },
    { group: 'OA', reason: '23', amountCents: allowedCents - patient - benefit },
    { group: 'PR', reason: '1', amountCents: deductible },
    { group: 'PR', reason: '2', amountCents: coinsurance },
    { group: 'PR', reason: '3', amountCents: copay },
    { group: 'CO', reason: '253', amountCents: sequestration },
  ];
  return { paidCents: benefit - sequestration, adjustments: all.filter((a) => a.amountCents !== 0) };
}
