import type { PatientPayment, PatientPaymentChannel, PatientPaymentMethod, PaymentPlan, PaymentPlanCadence, PaymentPlanState, PlanStanding } from '../api/views';
import { formatCents } from '../money/cents';

export const METHOD_LABELS: Readonly<Record<PatientPaymentMethod, string>> = { card: 'Card', ach: 'Bank transfer (ACH)', cash: 'Cash', check: 'Check' };

/** Where a payment came from, in words. */
export const CHANNEL_LABELS: Readonly<Record<PatientPaymentChannel, string>> = {
  staff: 'Taken by staff (desk, phone or mail)',
  'pay-by-link': 'Paid online with the pay link',
  autopay: "Autopay of a payment plan's installment",
};

export const PLAN_STATES: Readonly<Record<PaymentPlanState, string>> = {
  active: 'Active',
  completed: 'Paid off',
  broken: 'Broken (an installment was missed past the grace days)',
  cancelled: 'Cancelled',
};

export const CADENCE_LABELS: Readonly<Record<PaymentPlanCadence, string>> = { weekly: 'Weekly', biweekly: 'Every two weeks', monthly: 'Monthly' };

/** A payment's references: the check number or card authorization staff noted, and the gateway's id of the charge. */
export function paymentReference(payment: Pick<PatientPayment, 'reference' | 'processorReference'>): string {
  const parts = [payment.reference, payment.processorReference && `processor ${payment.processorReference}`].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join('; ') : '—';
}

/** An active plan's standing today in words: the next installment, the one missed and when the plan breaks, or paid off. */
export function standingWords(standing: PlanStanding): string {
  switch (standing.standing) {
    case 'current':
      return `Current: the next installment, ${formatCents(standing.nextDueCents)}, is due ${standing.nextDueOn}`;
    case 'late':
      return `Late: the installment due ${standing.missedDueOn} is ${formatCents(standing.shortCents)} short; the plan breaks after ${standing.breaksAfter} unless it is paid`;
    case 'broken':
      return `Broken: the installment due ${standing.missedDueOn} is ${formatCents(standing.shortCents)} short and the grace days have passed; the daily pass ends the plan`;
    case 'paid-off':
      return 'Paid off: the daily pass completes the plan';
  }
}

/** Whether installments are charged through the payment gateway, in words. */
export function autopayWords(plan: Pick<PaymentPlan, 'autopay' | 'hasPaymentMethod'>): string {
  if (!plan.autopay) return 'Off: the patient pays each installment';
  return plan.hasPaymentMethod ? 'On: each installment is charged to the payment method on file' : 'On, but no payment method is on file';
}

const CENTS_IN_MESSAGE = /(-?\d+) cents\b/g;

/** A server message with its amounts in cents written in dollars: "is more than the patient owes (6000 cents)" → "… ($60.00)". */
export function inDollars(message: string): string {
  return message.replace(CENTS_IN_MESSAGE, (_, cents: string) => formatCents(Number(cents)));
}
