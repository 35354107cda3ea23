import { BigIntType, Entity, Index, Property } from '@mikro-orm/core';
import { Audited } from '../audit/audited';
import { TenantEntity } from '../persistence/base.entity';

/** Money going back: a refund the practice made, or a chargeback the payer's bank took. */
export const PAYMENT_RETURN_KINDS = ['refund', 'chargeback'] as const;
export type PaymentReturnKind = (typeof PAYMENT_RETURN_KINDS)[number];

/**
 * A refund or chargeback of a patient payment, kept as recorded (a trigger refuses UPDATE and DELETE). The ledger
 * records it as `refund` entries (source `statement-payment`, naming the payment) on the lines the payment paid, the
 * last applied first, so the patient owes that part again.
 */
@Entity({ tableName: 'payment_return' })
@Index({ name: 'payment_return_payment_index', properties: ['organizationId', 'paymentId'] })
@Audited<PaymentReturn>({ recordType: 'payment-return', patientIdOf: (row) => row.patientId })
export class PaymentReturn extends TenantEntity<'processorReference'> {
  @Property({ type: 'uuid', fieldName: 'payment_id' })
  paymentId!: string;

  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  @Property({ type: 'text' })
  kind!: PaymentReturnKind;

  @Property({ type: new BigIntType('number'), fieldName: 'amount_cents' })
  amountCents!: number;

  @Property({ type: 'text' })
  reason!: string;

  /** The processor's reference of the refund or chargeback, when there is one. */
  @Property({ type: 'text', fieldName: 'processor_reference', nullable: true })
  processorReference: string | null = null;

  @Property({ type: 'text', fieldName: 'returned_on' })
  returnedOn!: string;

  @Property({ type: 'text', fieldName: 'recorded_by' })
  recordedBy!: string;
}
