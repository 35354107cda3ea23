import { BigIntType, Entity, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/**
 * A hosted checkout opened from a pay link: which patient's balance the processor's session pays, how much, and where
 * the receipt goes. The payer's return is matched to it, so a session id from elsewhere pays nothing here.
 */
@Entity({ tableName: 'pay_link_checkout' })
@Unique({ name: 'pay_link_checkout_session_unique', properties: ['organizationId', 'gatewayId', 'sessionId'] })
export class PayLinkCheckout extends TenantEntity<'receiptEmail'> {
  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  @Property({ type: 'text', fieldName: 'gateway_id' })
  gatewayId!: string;

  @Property({ type: 'text', fieldName: 'session_id' })
  sessionId!: string;

  @Property({ type: new BigIntType('number'), fieldName: 'amount_cents' })
  amountCents!: number;

  @Property({ type: 'text', fieldName: 'receipt_email', nullable: true })
  receiptEmail: string | null = null;
}
