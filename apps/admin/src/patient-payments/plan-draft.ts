import type { PaymentPlan, PaymentPlanCadence, PaymentPlanChange, PaymentPlanInput } from '../api/views';
import { centsInput, parseDollars } from '../money/cents';

/** Days of grace after a missed installment that a new plan offers (the server's default). */
export const DEFAULT_GRACE_DAYS = 15;

/** A plan's terms as the forms edit them: the installment in dollars as typed, the token only while autopay is on. */
export interface PlanDraft {
  readonly installment: string;
  readonly cadence: PaymentPlanCadence;
  readonly firstDueOn: string;
  readonly graceDays: number | string;
  readonly autopay: boolean;
  readonly paymentMethodToken: string;
}

export const NEW_PLAN: PlanDraft = { installment: '', cadence: 'monthly', firstDueOn: '', graceDays: DEFAULT_GRACE_DAYS, autopay: false, paymentMethodToken: '' };

/** The forms' fields by the names the server's errors use (`installmentCents` is the dollars field). */
export const PLAN_FIELDS = ['installmentCents', 'cadence', 'firstDueOn', 'graceDays', 'autopay', 'paymentMethodToken'] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

type Checked<Body> = { body: Body } | { errors: Partial<Record<PlanField, string>> };

/** What staff may change on an active plan, from the plan: the token field starts empty (the one on file is kept). */
export function changeDraftOf(plan: PaymentPlan): PlanDraft {
  return { installment: centsInput(plan.installmentCents), cadence: plan.cadence, firstDueOn: plan.firstDueOn, graceDays: plan.graceDays, autopay: plan.autopay, paymentMethodToken: '' };
}

/** The installment typed in dollars as cents, or the form's message. */
function installmentCents(draft: PlanDraft): number | string {
  const cents = parseDollars(draft.installment);
  if (draft.installment.trim() === '') return 'Enter the installment';
  if (cents === null) return 'Enter dollars and cents, like 25.00';
  return cents > 0 ? cents : 'The installment must be more than $0.00';
}

/** A whole number typed in a number field, or NaN (the server names the field). */
const wholeNumber = (value: number | string): number => (value === '' ? Number.NaN : Number(value));

/** The gateway token only when autopay is on and one was typed: otherwise the server keeps (or, autopay off, drops) the one on file. */
function autopayTerms(draft: PlanDraft): { autopay: boolean; paymentMethodToken?: string } {
  const token = draft.paymentMethodToken.trim();
  return { autopay: draft.autopay, ...(draft.autopay && token && { paymentMethodToken: token }) };
}

/** The body of `POST …/payment-plans`, or the form's own errors. The plan covers the patient's whole balance (the server's figure). */
export function createBodyOf(draft: PlanDraft): Checked<PaymentPlanInput> {
  const cents = installmentCents(draft);
  const noDate = draft.firstDueOn === '' ? 'Choose the first due date' : undefined;
  if (typeof cents === 'string' || noDate) return { errors: { ...(typeof cents === 'string' && { installmentCents: cents }), ...(noDate && { firstDueOn: noDate }) } };
  return { body: { installmentCents: cents, cadence: draft.cadence, firstDueOn: draft.firstDueOn, graceDays: wholeNumber(draft.graceDays), ...autopayTerms(draft) } };
}

/** The body of `PATCH …/payment-plans/:id` (installment, grace days, autopay), or the form's own errors. */
export function changeBodyOf(draft: PlanDraft): Checked<PaymentPlanChange> {
  const cents = installmentCents(draft);
  if (typeof cents === 'string') return { errors: { installmentCents: cents } };
  return { body: { installmentCents: cents, graceDays: wholeNumber(draft.graceDays), ...autopayTerms(draft) } };
}
