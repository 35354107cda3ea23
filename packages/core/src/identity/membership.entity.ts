import { Entity, Property, Unique } from '@mikro-orm/core';
import type { Role } from '@openrcm/sdk';
import { TenantEntity } from '../persistence/base.entity';

/** A user's roles in one organization. */
@Entity({ tableName: 'membership' })
@Unique({ name: 'membership_user_organization_unique', properties: ['organizationId', 'userId'] })
export class Membership extends TenantEntity<'active'> {
  @Property({ type: 'uuid', fieldName: 'user_id' })
  userId!: string;

  @Property({ type: 'json' })
  roles!: Role[];

  /** A deactivated membership keeps its history but grants nothing. */
  @Property({ type: 'boolean' })
  active = true;
}
