import { Entity, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';
import type { GuardPolicy } from '../workflow/guard-policy';

/**
 * An organization's policy for one gate check, and who owns the check (gets its upstream-defect work items): a member,
 * or a role when no member is named (neither: the `manager` role). A check without a row is enforced.
 */
@Entity({ tableName: 'gate_policy' })
@Unique({ name: 'gate_policy_check_unique', properties: ['organizationId', 'check'] })
export class GatePolicy extends TenantEntity<'ownerRole' | 'ownerUserId' | 'updatedAt'> {
  @Property({ type: 'text' })
  check!: string;

  @Property({ type: 'text' })
  policy!: GuardPolicy;

  @Property({ type: 'text', fieldName: 'owner_role', nullable: true })
  ownerRole: string | null = null;

  @Property({ type: 'uuid', fieldName: 'owner_user_id', nullable: true })
  ownerUserId: string | null = null;

  @Property({ type: 'timestamptz', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
