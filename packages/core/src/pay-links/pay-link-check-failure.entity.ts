import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Wrong answers to one pay link's knowledge check (keyed by the link's SHA-256, never the link): pay-link-lockout.ts. */
@Entity({ tableName: 'pay_link_check_failure' })
export class PayLinkCheckFailure {
  @PrimaryKey({ type: 'uuid', fieldName: 'organization_id' })
  organizationId!: string;

  @PrimaryKey({ type: 'text', fieldName: 'link_hash' })
  linkHash!: string;

  @Property({ type: 'integer' })
  failures!: number;

  @Property({ type: 'timestamptz', fieldName: 'last_failure_at' })
  lastFailureAt!: Date;
}
