import { Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/**
 * A batch of accounts proposed for placement: proposed by the run, approved (and then placed, or failed with the
 * agency's answer) or rejected by a manager. A failed batch may be approved again.
 */
export const PLACEMENT_BATCH_STATES = ['proposed', 'placed', 'failed', 'rejected'] as const;
export type PlacementBatchState = (typeof PLACEMENT_BATCH_STATES)[number];

/** One placement proposal and what a manager decided about it. */
@Entity({ tableName: 'collection_placement_batch' })
@Index({ name: 'collection_placement_batch_state_index', properties: ['organizationId', 'state', 'proposedOn'] })
export class PlacementBatch extends TenantEntity<'state' | 'decidedBy' | 'decidedAt' | 'agencyReference' | 'failure' | 'updatedAt'> {
  @Property({ type: 'text' })
  state: PlacementBatchState = 'proposed';

  /** The date of the proposal (organization's calendar). */
  @Property({ type: 'text', fieldName: 'proposed_on' })
  proposedOn!: string;

  @Property({ type: 'text', fieldName: 'proposed_by' })
  proposedBy!: string;

  /** The collection agency connector the batch goes to. */
  @Property({ type: 'text', fieldName: 'connector_id' })
  connectorId!: string;

  @Property({ type: 'integer', fieldName: 'proposed_count' })
  proposedCount!: number;

  @Property({ type: 'integer', fieldName: 'excluded_count' })
  excludedCount!: number;

  @Property({ type: 'text', fieldName: 'decided_by', nullable: true })
  decidedBy: string | null = null;

  @Property({ type: 'timestamptz', fieldName: 'decided_at', nullable: true })
  decidedAt: Date | null = null;

  /** The agency's reference for the placement. */
  @Property({ type: 'text', fieldName: 'agency_reference', nullable: true })
  agencyReference: string | null = null;

  /** Why the agency refused or could not take the batch, or why a manager rejected it. */
  @Property({ type: 'text', nullable: true })
  failure: string | null = null;

  @Property({ type: 'timestamptz', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
