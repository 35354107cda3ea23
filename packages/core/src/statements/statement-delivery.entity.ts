import { Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/** How a delivery attempt ended. */
export const STATEMENT_DELIVERY_OUTCOMES = ['delivered', 'failed'] as const;
export type StatementDeliveryOutcome = (typeof STATEMENT_DELIVERY_OUTCOMES)[number];

/** One attempt to deliver a statement through a channel (append-only: a retry is a new row). */
@Entity({ tableName: 'statement_delivery' })
@Index({ name: 'statement_delivery_statement_index', properties: ['organizationId', 'statementId'] })
export class StatementDelivery extends TenantEntity<'reference' | 'error'> {
  @Property({ type: 'uuid', fieldName: 'statement_id' })
  statementId!: string;

  /** The channel's id (`email`, `print`, …) and the plugin that contributed it: `<plugin>/<channel>`. */
  @Property({ type: 'text' })
  channel!: string;

  @Property({ type: 'integer' })
  attempt!: number;

  @Property({ type: 'text' })
  outcome!: StatementDeliveryOutcome;

  /** The channel's reference for a delivery (an email's message id, a print batch's file). */
  @Property({ type: 'text', nullable: true })
  reference: string | null = null;

  @Property({ type: 'text', nullable: true })
  error: string | null = null;
}
