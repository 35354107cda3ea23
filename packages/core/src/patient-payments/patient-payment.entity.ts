import { BigIntType, Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Audited } from '../audit/audited';
import { TenantEntity } from '../persistence/base.entity';

/** How the patient paid. Card and ACH money arrives through a payment gateway; cash and checks are taken by staff. */
export const PATIENT_PAYMENT_METHODS = ['card', 'ach', 'cash', 'check'] as const;
export type PatientPaymentMethod = (typeof PATIENT_PAYMENT_METHODS)[number];

/** Where the payment came from: the pay-by-link page, a payment plan's autopay, or staff (phone, mail, desk). */
export const PATIENT_PAYMENT_CHANNELS = ['pay-by-link', 'autopay', 'staff'] as const;
export type PatientPaymentChannel = (typeof PATIENT_PAYMENT_CHANNELS)[number];

/**
 * A payment of the patient's balance (after statements): the receipt, kept as taken — never updated or deleted (a
 * trigger refuses it). The ledger records it as `payment` entries, source `statement-payment`, on the patient's
 * accounts of the service lines owed, oldest date of service first. A processor's reference is unique, so a payment a
 * gateway reports twice is recorded once.
 */
@Entity({ tableName: 'patient_payment' })
@Index({ name: 'patient_payment_patient_index', properties: ['organizationId', 'patientId', 'receivedOn'] })
@Unique({ name: 'patient_payment_processor_reference_unique', properties: ['organizationId', 'processorReference'] })
@Audited<PatientPayment>({ recordType: 'patient-payment', patientIdOf: (payment) => payment.patientId })
export class PatientPayment extends TenantEntity<'processorReference' | 'reference' | 'paymentPlanId' | 'receiptEmail'> {
  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  /** What the patient paid, in cents (positive). */
  @Property({ type: new BigIntType('number'), fieldName: 'amount_cents' })
  amountCents!: number;

  @Property({ type: 'text' })
  method!: PatientPaymentMethod;

  @Property({ type: 'text' })
  channel!: PatientPaymentChannel;

  /** The gateway's id of the charge (card and ACH). */
  @Property({ type: 'text', fieldName: 'processor_reference', nullable: true })
  processorReference: string | null = null;

  /** A check number, or staff's note of a card authorization. */
  @Property({ type: 'text', nullable: true })
  reference: string | null = null;

  /** The payment plan the payment was an installment of, if any. */
  @Property({ type: 'uuid', fieldName: 'payment_plan_id', nullable: true })
  paymentPlanId: string | null = null;

  /** The calendar date the money was received (organization's calendar). */
  @Property({ type: 'text', fieldName: 'received_on' })
  receivedOn!: string;

  @Property({ type: 'text', fieldName: 'received_by' })
  receivedBy!: string;

  /** Where the receipt is emailed (the payer's address, or the account's with consent); none when null. */
  @Property({ type: 'text', fieldName: 'receipt_email', nullable: true })
  receiptEmail: string | null = null;
}
