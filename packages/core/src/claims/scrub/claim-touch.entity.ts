import { Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../../persistence/base.entity';

/** Kinds of manual touch counted on a claim besides overrides (which the findings carry). */
export const CLAIM_TOUCH_KINDS = ['reopen'] as const;
export type ClaimTouchKind = (typeof CLAIM_TOUCH_KINDS)[number];

/**
 * A manual touch of a claim, appended in the transaction of the transition that made it: today a `reopen` (a scrubbed
 * or ready claim sent back to draft for a change). The clean-claim KPI counts claims with none, and the scrubber
 * reads the latest to decide whether an override still stands.
 */
@Entity({ tableName: 'claim_touch' })
@Index({ name: 'claim_touch_claim_index', properties: ['organizationId', 'claimId', 'createdAt'] })
export class ClaimTouch extends TenantEntity {
  @Property({ type: 'uuid', fieldName: 'claim_id' })
  claimId!: string;

  @Property({ type: 'text' })
  kind!: ClaimTouchKind;

  @Property({ type: 'text', fieldName: 'actor_type' })
  actorType!: string;

  @Property({ type: 'text', fieldName: 'actor_id' })
  actorId!: string;
}
