import type { RosterMember } from '../roster';
import type { DefaultPlan } from './payer-rules.types';

/**
 * A member's cost sharing while an interchange is adjudicated: the accumulators go down claim after claim, so two
 * visits of one member in one file do not both meet the whole deductible.
 */
export interface PlanState {
  /** Copay per visit (claim), integer cents. */
  readonly copayCents: number;
  /** Coinsurance after the deductible, basis points. */
  readonly coinsuranceBasisPoints: number;
  /** Deductible left, integer cents. */
  deductibleRemainingCents: number;
  /** Out-of-pocket maximum left, integer cents (patient responsibility never exceeds it). */
  outOfPocketRemainingCents: number;
  /** Whether the practice is in the member's network. */
  readonly inNetwork: boolean;
}

/** The plan state of a roster member (its deductible and out-of-pocket remaining). */
export function planOfMember(member: RosterMember): PlanState {
  return {
    copayCents: member.copayCents, coinsuranceBasisPoints: member.coinsuranceBasisPoints, inNetwork: member.inNetwork,
    deductibleRemainingCents: member.deductible.remainingCents, outOfPocketRemainingCents: member.outOfPocket.remainingCents,
  };
}

/**
 * The plan state of a member the roster does not know, from the payer's default plan (no out-of-pocket cap); `met`
 * says whether this member has met the deductible (drawn by the caller with the plan's `deductibleMetRate`).
 */
export function planOfDefault(plan: DefaultPlan, met: boolean): PlanState {
  return {
    copayCents: plan.copayCents, coinsuranceBasisPoints: plan.coinsuranceBasisPoints, inNetwork: true,
    deductibleRemainingCents: met ? 0 : plan.deductibleRemainingCents, outOfPocketRemainingCents: Number.MAX_SAFE_INTEGER,
  };
}

/** A copy whose accumulators can change without touching the original. */
export function copyPlan(plan: PlanState): PlanState {
  return { ...plan };
}
