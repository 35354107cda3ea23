import { BigIntType, Entity, Index, Property } from '@mikro-orm/core';
import type { PlacementItemization } from '@openrcm/sdk';
import { TenantEntity } from '../persistence/base.entity';

/**
 * A placed account's standing with the agency: placed, then recalled by the organization, returned by the agency, or
 * closed (paid, bankruptcy, deceased).
 */
export const PLACEMENT_STATES = ['placed', 'recalled', 'returned', 'closed'] as const;
export type PlacementState = (typeof PLACEMENT_STATES)[number];

/** An account placed with a collection agency. */
@Entity({ tableName: 'collection_placement' })
@Index({ name: 'collection_placement_account_index', properties: ['organizationId', 'connectorId', 'accountNumber', 'state'] })
@Index({ name: 'collection_placement_patient_index', properties: ['organizationId', 'patientId', 'state'] })
export class Placement extends TenantEntity<'state' | 'closedReason' | 'endedOn' | 'recallReference' | 'validationNoticeSentOn' | 'updatedAt'> {
  @Property({ type: 'uuid', fieldName: 'batch_id' })
  batchId!: string;

  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  @Property({ type: 'text', fieldName: 'connector_id' })
  connectorId!: string;

  /** The account number the agency reports activity against. */
  @Property({ type: 'text', fieldName: 'account_number' })
  accountNumber!: string;

  @Property({ type: 'text' })
  state: PlacementState = 'placed';

  @Property({ type: 'text', fieldName: 'placed_on' })
  placedOn!: string;

  /** The balance placed, in cents. */
  @Property({ type: new BigIntType('number'), fieldName: 'placed_cents' })
  placedCents!: number;

  @Property({ type: 'text', fieldName: 'itemization_date' })
  itemizationDate!: string;

  @Property({ type: 'jsonb' })
  itemization!: PlacementItemization;

  /** The date OpenRCM generated the validation notice on the agency's behalf, when the agency asked it to. */
  @Property({ type: 'text', fieldName: 'validation_notice_sent_on', nullable: true })
  validationNoticeSentOn: string | null = null;

  /** Why the placement ended: `paid`, `bankruptcy`, `deceased`, or the recall's or return's words. */
  @Property({ type: 'text', fieldName: 'closed_reason', nullable: true })
  closedReason: string | null = null;

  @Property({ type: 'text', fieldName: 'ended_on', nullable: true })
  endedOn: string | null = null;

  /** The agency's reference for the recall that ended the placement. */
  @Property({ type: 'text', fieldName: 'recall_reference', nullable: true })
  recallReference: string | null = null;

  @Property({ type: 'timestamptz', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
