import type { StaffPaymentInput } from '../api/views';
import { paymentErrors } from '../appointments/payment-form';
import { parseDollars } from '../money/cents';

export type StaffPaymentMethod = StaffPaymentInput['method'];

/** A payment staff take as the form edits it: the amount in dollars as typed. */
export interface StaffPaymentDraft {
  readonly amount: string;
  readonly method: StaffPaymentMethod;
  readonly reference: string;
  readonly receiptEmail: string;
}

export const NEW_STAFF_PAYMENT: StaffPaymentDraft = { amount: '', method: 'cash', reference: '', receiptEmail: '' };

/** The form's fields by the names the server's errors use (`amountCents` is the dollars field). */
export const STAFF_PAYMENT_FIELDS = ['amountCents', 'method', 'reference', 'receiptEmail'] as const;
export type StaffPaymentField = (typeof STAFF_PAYMENT_FIELDS)[number];

/**
 * The request body of a draft, or what the form finds wrong itself (the amount as dollars and cents, more than zero;
 * the check number of a check — the rules of the visit's payment form). The amount goes as integer cents, read from
 * the digits; empty optional fields are left out. The server checks everything again, and the balance.
 */
export function staffPaymentBodyOf(draft: StaffPaymentDraft): { body: StaffPaymentInput } | { errors: Partial<Record<StaffPaymentField, string>> } {
  const found = paymentErrors(draft.amount, draft.method, draft.reference);
  if (found.amount || found.reference) return { errors: { ...(found.amount && { amountCents: found.amount }), ...(found.reference && { reference: found.reference }) } };
  const reference = draft.reference.trim();
  const receiptEmail = draft.receiptEmail.trim();
  return { body: { amountCents: parseDollars(draft.amount) as number, method: draft.method, ...(reference && { reference }), ...(receiptEmail && { receiptEmail }) } };
}
