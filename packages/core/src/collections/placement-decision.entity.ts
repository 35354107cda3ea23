import { BigIntType, Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';
import type { PlacementExclusion } from './placement-decision';

/** What a proposal decided for one account owing a balance: proposed, or excluded with its reasons. Kept as decided. */
@Entity({ tableName: 'collection_placement_decision' })
@Index({ name: 'collection_placement_decision_batch_index', properties: ['organizationId', 'batchId', 'proposed'] })
export class PlacementDecisionRecord extends TenantEntity {
  @Property({ type: 'uuid', fieldName: 'batch_id' })
  batchId!: string;

  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  @Property({ type: 'boolean' })
  proposed!: boolean;

  @Property({ type: 'jsonb' })
  reasons!: PlacementExclusion[];

  /** The patient's balance when decided, in cents. */
  @Property({ type: new BigIntType('number'), fieldName: 'balance_cents' })
  balanceCents!: number;
}
