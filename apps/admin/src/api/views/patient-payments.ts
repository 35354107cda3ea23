// The server's answers (see ../views.ts): a patient's payments of their balance and their payment plans
// (packages/core/src/patient-payments, packages/core/src/payment-plans).
import type { Schemas } from './schemas';

/** How the patient paid: card and ACH through a payment gateway, cash and checks taken by staff. */
export type PatientPaymentMethod = 'card' | 'ach' | 'cash' | 'check';

/** Where a payment came from: the pay-by-link page, a payment plan's autopay, or staff (phone, mail, desk). */
export type PatientPaymentChannel = 'pay-by-link' | 'autopay' | 'staff';

/** One payment of `GET …/patients/:id/payments` (newest first): the receipt, kept as taken. */
export interface PatientPayment {
  readonly id: string;
  readonly patientId: string;
  readonly amountCents: number;
  readonly method: PatientPaymentMethod;
  readonly channel: PatientPaymentChannel;
  /** The gateway's id of the charge (card and ACH through the gateway). */
  readonly processorReference: string | null;
  /** A check number, or staff's note of a card authorization. */
  readonly reference: string | null;
  readonly paymentPlanId: string | null;
  /** The calendar date the money was received (the organization's calendar). */
  readonly receivedOn: string;
  readonly receivedBy: string;
  /** Where the receipt is emailed; none when null. */
  readonly receiptEmail: string | null;
  readonly createdAt: string;
}

/** One service line a payment paid. */
export interface PaymentApplication {
  readonly chargeId: string;
  readonly serviceDate: string;
  readonly amountCents: number;
}

/** `POST …/patients/:id/payments`: the payment recorded and the service lines it paid, oldest date of service first. */
export type RecordedPatientPayment = PatientPayment & { readonly applications: readonly PaymentApplication[] };

export type StaffPaymentInput = Schemas['StaffPaymentDto'];

export type PaymentPlanCadence = Schemas['CreatePaymentPlanDto']['cadence'];

export type PaymentPlanState = 'active' | 'completed' | 'broken' | 'cancelled';

/** What an active plan's schedule says today (packages/core/src/payment-plans/plan-schedule.ts). */
export type PlanStanding =
  | { readonly standing: 'paid-off' }
  | { readonly standing: 'current'; readonly nextDueOn: string; readonly nextDueCents: number }
  /** An installment is missed: the plan breaks after `breaksAfter` unless it is paid. */
  | { readonly standing: 'late'; readonly missedDueOn: string; readonly shortCents: number; readonly breaksAfter: string }
  /** The grace has passed: the daily pass ends the plan. */
  | { readonly standing: 'broken'; readonly missedDueOn: string; readonly shortCents: number };

/** A plan as the API shows it (`POST`/`PATCH …` answers): the gateway's token is never returned, only whether there is one. */
export interface PaymentPlan {
  readonly id: string;
  readonly patientId: string;
  readonly state: PaymentPlanState;
  /** The balance the plan covers (what the patient owed when it was made). */
  readonly totalCents: number;
  readonly installmentCents: number;
  readonly cadence: PaymentPlanCadence;
  readonly firstDueOn: string;
  /** The day the plan was made (the organization's calendar). */
  readonly startedOn: string;
  readonly graceDays: number;
  readonly autopay: boolean;
  readonly hasPaymentMethod: boolean;
  /** The missed due date the last reminder was about. */
  readonly remindedFor: string | null;
  readonly endedOn: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
}

/** One plan of `GET …/patients/:id/payment-plans` (newest first): what was paid since it was made, and the active plan's standing today. */
export type PaymentPlanListing = PaymentPlan & { readonly paidCents: number; readonly standing: PlanStanding | null };

export type PaymentPlanInput = Schemas['CreatePaymentPlanDto'];

export type PaymentPlanChange = Schemas['ChangePaymentPlanDto'];
