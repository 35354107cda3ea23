import { addDays } from '../time/calendar-date';
import type { PatientAccountState } from '../statements/patient-account.workflow';

/**
 * Why an account is not proposed for placement. An account is checked against every rule and keeps all the reasons
 * that apply, so a manager sees the whole picture: what protects the patient (a claim still with insurance, a plan in
 * good standing, an open dispute, a pending financial-assistance application, an open No Surprises Act dispute
 * window, a hold), then what the organization's rules require (the final notice sent and expired, enough days since
 * the first statement, the minimum balance).
 */
export const PLACEMENT_EXCLUSIONS = [
  'pending-insurance',
  'payment-plan',
  'open-dispute',
  'financial-assistance-pending',
  'nsa-dispute-window',
  'on-hold',
  'final-notice-not-sent',
  'final-notice-not-expired',
  'too-soon-after-first-statement',
  'below-minimum',
] as const;
export type PlacementExclusion = (typeof PLACEMENT_EXCLUSIONS)[number];

/** The organization's placement rules (collection settings). */
export interface PlacementRules {
  /** Days from the first statement of the cycle before an account may be placed. */
  readonly minDaysSinceFirstStatement: number;
  /** Days after the final notice before it counts as expired. */
  readonly finalNoticeWaitDays: number;
  /** The smallest patient balance placed, in cents. */
  readonly minimumBalanceCents: number;
}

/** What the proposal knows of one account owing a balance. */
export interface PlacementFacts {
  readonly state: PatientAccountState;
  readonly patientBalanceCents: number;
  readonly payerBalanceCents: number;
  readonly activePlans: number;
  readonly openDisputes: number;
  readonly pendingAssistance: number;
  /** Good-faith estimates whose No Surprises Act dispute window is open. */
  readonly openNsaWindows: number;
  readonly holdUntil: string | null;
  /** The date of the first statement of the current cycle, if any. */
  readonly firstStatementOn: string | null;
  /** The date of the final notice, if one was sent in the current cycle. */
  readonly finalNoticeOn: string | null;
}

/** Proposed, or excluded with every reason that applies. */
export type PlacementDecision = { readonly proposed: true } | { readonly proposed: false; readonly reasons: readonly PlacementExclusion[] };

/** Decides whether an account owing a balance is proposed for placement on `today` (organization's calendar). */
export function decidePlacement(facts: PlacementFacts, rules: PlacementRules, today: string): PlacementDecision {
  const reasons: PlacementExclusion[] = [];
  if (facts.payerBalanceCents > 0) reasons.push('pending-insurance');
  if (facts.activePlans > 0 || facts.state === 'payment-plan') reasons.push('payment-plan');
  if (facts.openDisputes > 0) reasons.push('open-dispute');
  if (facts.pendingAssistance > 0) reasons.push('financial-assistance-pending');
  if (facts.openNsaWindows > 0) reasons.push('nsa-dispute-window');
  if (facts.holdUntil && facts.holdUntil > today) reasons.push('on-hold');
  if (!facts.finalNoticeOn) reasons.push('final-notice-not-sent');
  else if (today < addDays(facts.finalNoticeOn, rules.finalNoticeWaitDays)) reasons.push('final-notice-not-expired');
  if (!facts.firstStatementOn || today < addDays(facts.firstStatementOn, rules.minDaysSinceFirstStatement)) reasons.push('too-soon-after-first-statement');
  if (facts.patientBalanceCents < rules.minimumBalanceCents) reasons.push('below-minimum');
  return reasons.length === 0 ? { proposed: true } : { proposed: false, reasons };
}
