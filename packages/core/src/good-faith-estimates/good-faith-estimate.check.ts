import { addDays } from '../time/calendar-date';

/** DOMAIN.md: a bill at least $400 above the good-faith estimate lets the patient start a dispute. */
export const DISPUTE_THRESHOLD_CENTS = 40_000;
/** … within 120 calendar days of the initial bill. */
export const DISPUTE_WINDOW_DAYS = 120;

/** What the bill says against an estimate. */
export interface EstimateCheck {
  readonly billedCents: number;
  /** Billed less estimated (negative when the bill is lower). */
  readonly overByCents: number;
  /** Whether the bill is at least the threshold above the estimate. */
  readonly disputeEligible: boolean;
  /** The date of the initial bill (the first statement for those services), once there is one. */
  readonly initialBillOn: string | null;
  /** The last day to start a dispute, when eligible and billed. */
  readonly disputeWindowEndsOn: string | null;
  /** Whether a dispute may still be started on `today`. */
  readonly disputeWindowOpen: boolean;
}

/**
 * Checks a bill against a good-faith estimate (No Surprises Act, patient-provider dispute resolution): eligible when
 * the billed charges exceed the estimate by at least $400; the window runs 120 days from the initial bill. Before the
 * first statement the window has not started, so an eligible bill counts as open.
 */
export function checkEstimate(estimatedCents: number, billedCents: number, initialBillOn: string | null, today: string): EstimateCheck {
  const overByCents = billedCents - estimatedCents;
  const disputeEligible = overByCents >= DISPUTE_THRESHOLD_CENTS;
  const disputeWindowEndsOn = disputeEligible && initialBillOn ? addDays(initialBillOn, DISPUTE_WINDOW_DAYS) : null;
  const disputeWindowOpen = disputeEligible && (disputeWindowEndsOn === null || today <= disputeWindowEndsOn);
  return { billedCents, overByCents, disputeEligible, initialBillOn, disputeWindowEndsOn, disputeWindowOpen };
}
