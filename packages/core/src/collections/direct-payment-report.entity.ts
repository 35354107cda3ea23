import { BigIntType, Entity, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/** Whether the agency was told: by its connector, or not at all because the connector cannot (staff tell it). */
export const DIRECT_PAYMENT_OUTCOMES = ['reported', 'not-supported'] as const;
export type DirectPaymentOutcome = (typeof DIRECT_PAYMENT_OUTCOMES)[number];

/**
 * A payment the debtor made to the clinic on a placed account, as the agency was told of it (or could not be): kept
 * once per placement and payment, never updated, so a retried job tells the agency nothing twice.
 */
@Entity({ tableName: 'collection_direct_payment' })
@Unique({ name: 'collection_direct_payment_unique', properties: ['organizationId', 'placementId', 'paymentId'] })
export class DirectPaymentReport extends TenantEntity<'reference'> {
  @Property({ type: 'uuid', fieldName: 'placement_id' })
  placementId!: string;

  @Property({ type: 'uuid', fieldName: 'payment_id' })
  paymentId!: string;

  @Property({ type: new BigIntType('number'), fieldName: 'amount_cents' })
  amountCents!: number;

  /** What the patient still owed the clinic after the payment, as reported. */
  @Property({ type: new BigIntType('number'), fieldName: 'balance_cents' })
  balanceCents!: number;

  @Property({ type: 'text', fieldName: 'paid_on' })
  paidOn!: string;

  @Property({ type: 'text' })
  outcome!: DirectPaymentOutcome;

  /** The agency's reference for the report (the generic connector's file name); null when not reported. */
  @Property({ type: 'text', nullable: true })
  reference: string | null = null;
}
