import type { Roster } from '../roster';

/**
 * Allowed amounts of a payer: a fixed fee per unit for listed codes, a percentage of the charge otherwise. The payer
 * allows the lesser of the fee (× units) and the charge.
 */
export interface FeeSchedule {
  /** Fee per unit in integer cents, keyed by `CODE` or `CODE:MODIFIER` (the first modifier; the keyed entry wins). */
  readonly fees: Readonly<Record<string, number>>;
  /** Allowed amount for codes not in `fees`, in basis points of the charge (6500 = 65 %). */
  readonly defaultBasisPointsOfCharge: number;
}

/** Cost sharing for members the roster does not know, when the payer accepts any member id (`members: 'any'`). */
export interface DefaultPlan {
  /** Copay per visit (claim), integer cents. */
  readonly copayCents: number;
  /** Coinsurance after the deductible, basis points. */
  readonly coinsuranceBasisPoints: number;
  /** Deductible remaining of a member who has not met it, integer cents. */
  readonly deductibleRemainingCents: number;
  /**
   * Share (0 to 1) of members who have already met their deductible (remaining 0); drawn once per member id for a
   * seed, so the members of a generated batch are spread over the plan year.
   */
  readonly deductibleMetRate: number;
}

/** Where a denial applies: the whole claim (every line denied with it) or one line. */
export type DenialScope = 'claim' | 'line';

/**
 * One entry of a payer's denial mix: with probability `rate` a claim (or line) is denied with this group code and
 * CARC, and the RARC as an LQ*HE remark. Claim-scoped rates are drawn once per claim, line-scoped ones once per line;
 * within a scope the rates add up to at most 1 and at most one denial applies.
 */
export interface DenialRule {
  /** CAS01: `CO` (the usual for denials), `PI`, `OA`. */
  readonly group: 'CO' | 'PI' | 'OA';
  /** The claim adjustment reason code, e.g. `50`, `197`, `16`, `97`, `18`, `29`. */
  readonly carc: string;
  /** A remittance advice remark code sent in LQ*HE (e.g. `N290` with CARC 16). */
  readonly rarc?: string;
  /** Probability from 0 to 1. */
  readonly rate: number;
  readonly scope: DenialScope;
}

/** Why a claim is rejected on the 277CA (front-end rejection: no 835 follows). */
export type RejectionKind = 'invalid-member-id' | 'invalid-npi' | 'invalid-birth-date' | 'invalid-service-date' | 'unknown-payer';

/** One entry of the 277CA rejection mix: with probability `rate` a claim is rejected this way even when its data is right. */
export interface RejectionRule {
  readonly kind: RejectionKind;
  /** Probability from 0 to 1; the rates of a payer add up to at most 1. */
  readonly rate: number;
}

/** Crossover: after paying as primary, the payer forwards the claim to a secondary payer (CLP02 19, NM1*TT). */
export interface CrossoverRule {
  /** Probability from 0 to 1 that a paid primary claim is crossed over. */
  readonly rate: number;
  /** The payer the claim is forwarded to. */
  readonly payer: { readonly name: string; readonly id: string };
}

/**
 * Reversal with correction: a paid claim is reversed (CLP02 22, every amount negated) in a later 835, which also holds
 * the correction (the claim adjudicated again with the allowed amounts at `correctionBasisPoints` of the first ones).
 */
export interface ReversalRule {
  /** Probability from 0 to 1 that a paid claim is reversed and corrected. */
  readonly rate: number;
  /** Allowed amount of the correction in basis points of the original allowed amount (9000 = the payer takes back 10 %). */
  readonly correctionBasisPoints: number;
}

/** Provider-level adjustments (PLB) of a payer's 835. */
export interface PlbRule {
  /** Probability per paid claim of interest paid for late payment (PLB L6, negative: it raises the payment). */
  readonly interestRate: number;
  /** Interest amount range in integer cents. */
  readonly interestCents: { readonly min: number; readonly max: number };
  /** Probability per 835 of an overpayment recoupment (PLB WO, positive) referencing one paid claim of the 835. */
  readonly recoupmentRate: number;
  /** Recouped share of the referenced claim's payment, basis points. */
  readonly recoupmentBasisPoints: number;
}

/** Everything the simulator needs to adjudicate claims sent to one payer. */
export interface PayerRules {
  /** The payer id the 837P names in 2010BB NM109 (`*` in {@link PayerRuleSet.fallback} matches any). */
  readonly payerId: string;
  /** The payer's name in the 277CA and 835. */
  readonly name: string;
  /** The payer's tax id (TRN03 is `1` followed by it); 9 digits. */
  readonly taxId: string;
  /** `roster`: members must be in the roster (cost sharing from it); `any`: any member id, cost sharing from `defaultPlan`. */
  readonly members: 'roster' | 'any';
  readonly defaultPlan: DefaultPlan;
  readonly feeSchedule: FeeSchedule;
  /** Allowed amount for an out-of-network member, basis points of the in-network allowed (7000 = 70 %). */
  readonly outOfNetworkBasisPoints: number;
  /** Medicare-like sequestration (CO-253) in basis points of the payment (200 = 2 %); 0 for none. */
  readonly sequestrationBasisPoints: number;
  /** Days from the date of service after which a claim is denied CO-29 (Medicare 365). */
  readonly timelyFilingDays: number;
  readonly denials: readonly DenialRule[];
  readonly rejections: readonly RejectionRule[];
  readonly crossover?: CrossoverRule;
  readonly reversal?: ReversalRule;
  readonly plb?: PlbRule;
}

/** The payers the simulator plays and the roster their members come from. */
export interface PayerRuleSet {
  readonly payers: readonly PayerRules[];
  /** Rules for a payer id not in `payers`; without it such claims are rejected on the 277CA (`unknown-payer`). */
  readonly fallback?: PayerRules;
  /** The members of `members: 'roster'` payers (the eligibility fakes answer from the same roster). */
  readonly roster: Roster;
  /** The clearinghouse/payer identity in the envelopes of the answers (ISA06/GS02 and 277CA NM1*PR). */
  readonly sender: { readonly qualifier: string; readonly id: string };
}
