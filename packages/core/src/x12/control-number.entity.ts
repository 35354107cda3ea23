import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The last X12 control number an organization used, per kind (`interchange` ISA13, `group` GS06, `transaction`
 * ST02): control numbers must be unique per sender, across every process sending for it.
 */
@Entity({ tableName: 'x12_control_number' })
export class X12ControlNumber {
  @PrimaryKey({ type: 'uuid', fieldName: 'organization_id' })
  organizationId!: string;

  @PrimaryKey({ type: 'text' })
  kind!: string;

  @Property({ type: 'bigint', fieldName: 'last_value' })
  lastValue!: string;
}
