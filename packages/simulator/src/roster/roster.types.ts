/** A payer the simulator plays, as the eligibility network knows it. */
export interface RosterPayer {
  /** The payer's id at the eligibility network (what a coverage request sends as `payerId`). */
  readonly id: string;
  /** The payer's name, as it answers in coverage responses. */
  readonly name: string;
}

/** An amount for the benefit period and what is left of it, in integer cents. */
export interface RosterAccumulator {
  /** The full amount for the benefit period, in integer cents. */
  readonly totalCents: number;
  /** What is left of it, in integer cents (never more than the total). */
  readonly remainingCents: number;
}

/**
 * One covered person of a payer: the patient an eligibility check asks about. Dependents share their subscriber's
 * member id and are told apart by birth date; `subscriber` names the subscriber when the member is a dependent.
 */
export interface RosterMember {
  /** The payer that covers the member (a {@link RosterPayer} id). */
  readonly payerId: string;
  /** The member id on the insurance card (shared by a subscriber and dependents). */
  readonly memberId: string;
  /** The member's first (given) name. */
  readonly firstName: string;
  /** The member's last (family) name. */
  readonly lastName: string;
  /** The member's birth date (ISO calendar date). */
  readonly birthDate: string;
  /** The X12 individual relationship code to the subscriber: `18` self, `01` spouse, `19` child. */
  readonly relationshipCode: string;
  /** The subscriber, when the member is a dependent. */
  readonly subscriber?: { readonly firstName: string; readonly lastName: string; readonly birthDate: string };
  /** The plan's name as the payer reports it. */
  readonly planName: string;
  /** The group number on the card. */
  readonly groupNumber: string;
  /** First day of coverage (ISO calendar date). */
  readonly planBeginDate: string;
  /** Last day of coverage (ISO calendar date); open-ended when absent. */
  readonly planEndDate?: string;
  /** False when the payer has terminated the coverage whatever the plan dates say. */
  readonly active: boolean;
  /** Copay of an office visit, in integer cents (0 when the plan has none). */
  readonly copayCents: number;
  /** Coinsurance after the deductible, in basis points (20% = 2000). */
  readonly coinsuranceBasisPoints: number;
  /** The individual deductible and what remains of it. */
  readonly deductible: RosterAccumulator;
  /** The individual out-of-pocket maximum and what remains of it. */
  readonly outOfPocket: RosterAccumulator;
  /** Whether the simulated practice is in the plan's network for this member (else only out-of-network benefits). */
  readonly inNetwork: boolean;
}

/** Why a roster lookup found no member. */
export type RosterMiss = 'member-not-found' | 'birth-date-mismatch' | 'payer-not-found';
