import { BigIntType, Entity, Index, Property } from '@mikro-orm/core';
import type { DisputeMedium } from '@openrcm/sdk';
import { TenantEntity } from '../persistence/base.entity';

/**
 * A debtor's dispute of a debt in collection (Regulation F): made in writing (electronic included) within the
 * validation period it stops collection of the disputed amount until verification is recorded; made orally, or late,
 * it does not stop collection, but the debt is reported as disputed.
 */
@Entity({ tableName: 'collection_dispute' })
@Index({ name: 'collection_dispute_patient_index', properties: ['organizationId', 'patientId'] })
export class CollectionDispute extends TenantEntity<'placementId' | 'verifiedOn' | 'verification' | 'updatedAt'> {
  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  @Property({ type: 'uuid', fieldName: 'placement_id', nullable: true })
  placementId: string | null = null;

  @Property({ type: 'text', fieldName: 'received_on' })
  receivedOn!: string;

  /** On paper, electronically (a written dispute either way), or orally. */
  @Property({ type: 'text' })
  medium!: DisputeMedium;

  /** The amount disputed, in cents. */
  @Property({ type: new BigIntType('number'), fieldName: 'disputed_cents' })
  disputedCents!: number;

  /** Whether collection of the disputed amount stops until verification (written, within the validation period). */
  @Property({ type: 'boolean', fieldName: 'stops_collection' })
  stopsCollection!: boolean;

  @Property({ type: 'text' })
  note!: string;

  @Property({ type: 'text', fieldName: 'verified_on', nullable: true })
  verifiedOn: string | null = null;

  /** What verification was sent to the debtor. */
  @Property({ type: 'text', nullable: true })
  verification: string | null = null;

  @Property({ type: 'text', fieldName: 'recorded_by' })
  recordedBy!: string;

  @Property({ type: 'timestamptz', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
