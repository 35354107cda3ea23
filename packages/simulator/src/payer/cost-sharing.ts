import type { Adjustment } from '@openrcm/x12';
import { basisPointsOf } from './money';
import type { PlanState } from './plan-state';

/** How an allowed amount splits between the patient, sequestration and the payer, in integer cents. */
export interface CostShare {
  readonly copayCents: number;
  readonly deductibleCents: number;
  readonly coinsuranceCents: number;
  readonly sequestrationCents: number;
  /** allowed − copay − deductible − coinsurance − sequestration. */
  readonly paidCents: number;
}

/** Lowers the patient's shares (coinsurance first, then copay, then deductible) to what the out-of-pocket cap leaves. */
function capped(copay: number, deductible: number, coinsurance: number, room: number): [number, number, number] {
  let excess = copay + deductible + coinsurance - room;
  if (excess <= 0) return [copay, deductible, coinsurance];
  const cut = (v: number) => { const c = Math.min(v, excess); excess -= c; return v - c; };
  const coins = cut(coinsurance);
  const cop = cut(copay);
  return [cop, cut(deductible), coins];
}

/**
 * Splits a line's allowed amount: the claim's copay not yet taken (`copayLeftCents`), then the deductible left, then
 * coinsurance on the rest, capped by the out-of-pocket left; sequestration is taken from what the payer would pay.
 * Updates the plan's accumulators.
 */
export function shareCost(allowedCents: number, plan: PlanState, copayLeftCents: number, sequestrationBasisPoints: number): CostShare {
  const copay0 = Math.min(copayLeftCents, allowedCents);
  const deductible0 = Math.min(plan.deductibleRemainingCents, allowedCents - copay0);
  const coinsurance0 = basisPointsOf(allowedCents - copay0 - deductible0, plan.coinsuranceBasisPoints);
  const [copayCents, deductibleCents, coinsuranceCents] = capped(copay0, deductible0, coinsurance0, plan.outOfPocketRemainingCents);
  const patient = copayCents + deductibleCents + coinsuranceCents;
  plan.deductibleRemainingCents -= deductibleCents;
  plan.outOfPocketRemainingCents -= patient;
  const sequestrationCents = basisPointsOf(allowedCents - patient, sequestrationBasisPoints);
  return { copayCents, deductibleCents, coinsuranceCents, sequestrationCents, paidCents: allowedCents - patient - sequestrationCents };
}

/** The CAS adjustments of a paid line: CO-45 (charge over allowed), PR-1, PR-2, PR-3 and CO-253, zero amounts left out. */
export function paidLineAdjustments(chargeCents: number, allowedCents: number, share: CostShare): Adjustment[] {
  const all: Adjustment[] = [
    { group: 'CO', reason: '45', amountCents: chargeCents - allowedCents },
    { group: 'PR', reason: '1', amountCents: share.deductibleCents },
    { group: 'PR', reason: '2', amountCents: share.coinsuranceCents },
    { group: 'PR', reason: '3', amountCents: share.copayCents },
    { group: 'CO', reason: '253', amountCents: share.sequestrationCents },
  ];
  return all.filter((a) => a.amountCents !== 0);
}
