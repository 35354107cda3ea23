import { Entity, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/** The receipt email of a patient payment, as sent (one per payment; written by the receipt job, never changed). */
@Entity({ tableName: 'payment_receipt' })
@Unique({ name: 'payment_receipt_payment_unique', properties: ['organizationId', 'paymentId'] })
export class PaymentReceipt extends TenantEntity<'outboxFile'> {
  @Property({ type: 'uuid', fieldName: 'payment_id' })
  paymentId!: string;

  @Property({ type: 'text', fieldName: 'sent_to' })
  sentTo!: string;

  @Property({ type: 'text', fieldName: 'message_id' })
  messageId!: string;

  @Property({ type: 'text', fieldName: 'outbox_file', nullable: true })
  outboxFile: string | null = null;
}
