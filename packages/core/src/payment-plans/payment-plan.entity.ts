import { BigIntType, Entity, Index, Property } from '@mikro-orm/core';
import { Audited } from '../audit/audited';
import { TenantEntity } from '../persistence/base.entity';

/** Where a plan stands: paying (`active`), paid off, broken after a missed installment's grace, or cancelled by staff. */
export const PAYMENT_PLAN_STATES = ['active', 'completed', 'broken', 'cancelled'] as const;
export type PaymentPlanState = (typeof PAYMENT_PLAN_STATES)[number];

/** How often an installment falls due. */
export const PAYMENT_PLAN_CADENCES = ['weekly', 'biweekly', 'monthly'] as const;
export type PaymentPlanCadence = (typeof PAYMENT_PLAN_CADENCES)[number];

/**
 * A patient's payment plan: the balance it covers, the installment and its schedule, autopay (with the gateway's token
 * of the payer's card or bank account — never the number itself) and the grace after a missed installment before the
 * plan breaks. Payments are the patient's payments recorded after the plan was made; what is due is derived from the
 * schedule, never stored.
 */
@Entity({ tableName: 'payment_plan' })
@Index({ name: 'payment_plan_patient_index', properties: ['organizationId', 'patientId', 'state'] })
@Index({
  name: 'payment_plan_one_active_unique',
  expression: `create unique index "payment_plan_one_active_unique" on "payment_plan" ("organization_id", "patient_id") where "state" = 'active'`,
})
@Audited<PaymentPlan>({ recordType: 'payment-plan', patientIdOf: (plan) => plan.patientId })
export class PaymentPlan extends TenantEntity<'state' | 'autopay' | 'paymentMethodToken' | 'remindedFor' | 'endedOn' | 'updatedAt'> {
  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  @Property({ type: 'text' })
  state: PaymentPlanState = 'active';

  /** The balance the plan covers, in cents (what the patient owed when it was made). */
  @Property({ type: new BigIntType('number'), fieldName: 'total_cents' })
  totalCents!: number;

  @Property({ type: new BigIntType('number'), fieldName: 'installment_cents' })
  installmentCents!: number;

  @Property({ type: 'text' })
  cadence!: PaymentPlanCadence;

  /** The first installment's due date; the plan counts the payments recorded after it was made. */
  @Property({ type: 'text', fieldName: 'first_due_on' })
  firstDueOn!: string;

  /** The day the plan was made (organization's calendar). */
  @Property({ type: 'text', fieldName: 'started_on' })
  startedOn!: string;

  /** Days after a missed due date before the plan breaks. */
  @Property({ type: 'integer', fieldName: 'grace_days' })
  graceDays!: number;

  /** Whether the patient consented to installments charged automatically through the payment gateway. */
  @Property({ type: 'boolean' })
  autopay = false;

  /** The gateway's token for the card or bank account autopay charges. */
  @Property({ type: 'text', fieldName: 'payment_method_token', nullable: true })
  paymentMethodToken: string | null = null;

  /** The missed due date the last reminder was about, so each missed installment is reminded once. */
  @Property({ type: 'text', fieldName: 'reminded_for', nullable: true })
  remindedFor: string | null = null;

  /** When the plan completed, broke or was cancelled. */
  @Property({ type: 'text', fieldName: 'ended_on', nullable: true })
  endedOn: string | null = null;

  @Property({ type: 'text', fieldName: 'created_by' })
  createdBy!: string;

  @Property({ type: 'timestamptz', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
