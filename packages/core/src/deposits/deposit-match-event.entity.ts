import { Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';
import type { DepositMatchMethod } from './deposit.entity';

/** What happened to a deposit's match. */
export const DEPOSIT_MATCH_ACTIONS = ['match', 'unmatch'] as const;
export type DepositMatchAction = (typeof DEPOSIT_MATCH_ACTIONS)[number];

/**
 * One match or unmatch of a deposit, with who did it and why: the deposit's reconciliation history (append-only; the
 * application never changes a row). A pair unmatched by a person is never matched again by the matcher.
 */
@Entity({ tableName: 'deposit_match_event' })
@Index({ name: 'deposit_match_event_deposit_index', properties: ['organizationId', 'depositId'] })
export class DepositMatchEvent extends TenantEntity {
  @Property({ type: 'uuid', fieldName: 'deposit_id' })
  depositId!: string;

  @Property({ type: 'uuid', fieldName: 'remittance_id' })
  remittanceId!: string;

  @Property({ type: 'text' })
  action!: DepositMatchAction;

  @Property({ type: 'text' })
  method!: DepositMatchMethod;

  @Property({ type: 'text' })
  reason!: string;

  /** The actor (`type:id`). */
  @Property({ type: 'text' })
  actor!: string;
}
