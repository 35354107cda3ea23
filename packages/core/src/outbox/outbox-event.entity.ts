import { Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/** An event recorded in the same transaction as the change it announces; the relay publishes it after commit. */
@Entity({ tableName: 'outbox_event' })
@Index({ name: 'outbox_event_unpublished_index', properties: ['publishedAt', 'createdAt'] })
export class OutboxEvent extends TenantEntity<'publishedAt' | 'leaseUntil'> {
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'json' })
  payload!: unknown;

  @Property({ type: 'text', fieldName: 'correlation_id' })
  correlationId!: string;

  /** Until when a relay process owns the row while publishing it. */
  @Property({ type: 'timestamptz', fieldName: 'lease_until', nullable: true })
  leaseUntil: Date | null = null;

  @Property({ type: 'timestamptz', fieldName: 'published_at', nullable: true })
  publishedAt: Date | null = null;
}
