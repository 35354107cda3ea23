import { BigIntType, Entity, Index, Property, Unique } from '@mikro-orm/core';
import type { AgencyActivity } from '@openrcm/sdk';
import { TenantEntity } from '../persistence/base.entity';

/**
 * An agency activity applied to a placed account (a payment, adjustment, return, dispute, bankruptcy or deceased
 * debtor), kept as applied — never updated or deleted. The agency's reference is unique per connector, so a file read
 * twice applies nothing twice.
 */
@Entity({ tableName: 'collection_agency_activity' })
@Unique({ name: 'collection_agency_activity_reference_unique', properties: ['organizationId', 'connectorId', 'reference'] })
@Index({ name: 'collection_agency_activity_placement_index', properties: ['organizationId', 'placementId'] })
export class AgencyActivityRecord extends TenantEntity<'fileId' | 'note'> {
  @Property({ type: 'uuid', fieldName: 'placement_id' })
  placementId!: string;

  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  @Property({ type: 'text', fieldName: 'connector_id' })
  connectorId!: string;

  /** The import log row of the file it came in, if it came in a file. */
  @Property({ type: 'uuid', fieldName: 'file_id', nullable: true })
  fileId: string | null = null;

  @Property({ type: 'text' })
  kind!: AgencyActivity['kind'];

  @Property({ type: new BigIntType('number'), fieldName: 'amount_cents' })
  amountCents!: number;

  @Property({ type: new BigIntType('number'), fieldName: 'agency_fee_cents' })
  agencyFeeCents!: number;

  /** How a payment was posted: the whole amount, or net of the agency's fee (the fee written off). */
  @Property({ type: 'text', fieldName: 'fee_posting', nullable: true })
  feePosting!: 'gross' | 'net' | null;

  @Property({ type: 'text', fieldName: 'occurred_on' })
  occurredOn!: string;

  @Property({ type: 'text' })
  reference!: string;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
