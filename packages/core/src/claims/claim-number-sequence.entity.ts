import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The last claim number an organization used (CLM01 and REF*6R are derived from it). */
@Entity({ tableName: 'claim_number_sequence' })
export class ClaimNumberSequence {
  @PrimaryKey({ type: 'uuid', fieldName: 'organization_id' })
  organizationId!: string;

  @Property({ type: 'bigint', fieldName: 'last_value' })
  lastValue!: string;
}
