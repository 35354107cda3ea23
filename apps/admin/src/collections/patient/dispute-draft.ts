import type { CollectionDisputeInput, DisputeMedium } from '../../api/views';
import { parseDollars } from '../../money/cents';

/** A debt dispute as the form edits it: the amount in dollars as typed. */
export interface DisputeDraft {
  readonly medium: DisputeMedium;
  readonly receivedOn: string;
  readonly disputed: string;
  readonly note: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The request body of a dispute, or the errors the form finds itself: the amount must be dollars above zero (sent as
 * integer cents, read from the digits), the date a calendar date. The note is the server's to check.
 */
export function disputeBody(draft: DisputeDraft): { body: CollectionDisputeInput } | { errors: Partial<Record<'receivedOn' | 'disputedCents', string>> } {
  const cents = parseDollars(draft.disputed);
  const errors: Partial<Record<'receivedOn' | 'disputedCents', string>> = {};
  if (cents === null || cents <= 0) errors.disputedCents = 'Enter the amount disputed in dollars, such as 120.00';
  if (!DATE.test(draft.receivedOn)) errors.receivedOn = 'Enter the date the dispute was received';
  if (cents === null || cents <= 0 || errors.receivedOn) return { errors };
  return { body: { medium: draft.medium, receivedOn: draft.receivedOn, disputedCents: cents, note: draft.note } };
}
