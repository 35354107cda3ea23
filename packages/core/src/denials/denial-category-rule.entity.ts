import { Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/**
 * One row of an organization's denial category mapping (DOMAIN.md "Denial categories for worklists"): adjustments
 * with this CARC (and group code, and remark, when set) belong to `category`, worked by its owner; `upstreamCheck`
 * names the gate check whose owner fixes a repeated denial upstream. Seeded with the defaults on first use.
 */
@Entity({ tableName: 'denial_category_rule' })
@Index({ name: 'denial_category_rule_reason_index', properties: ['organizationId', 'reasonCode'] })
export class DenialCategoryRule extends TenantEntity<'groupCode' | 'remarkCode' | 'ownerRole' | 'ownerUserId' | 'upstreamCheck'> {
  /** CAS group code; null matches any group. */
  @Property({ type: 'text', fieldName: 'group_code', nullable: true })
  groupCode: string | null = null;

  /** CARC. */
  @Property({ type: 'text', fieldName: 'reason_code' })
  reasonCode!: string;

  /** RARC; null matches whatever remarks come with the adjustment. */
  @Property({ type: 'text', fieldName: 'remark_code', nullable: true })
  remarkCode: string | null = null;

  @Property({ type: 'text' })
  category!: string;

  @Property({ type: 'text', fieldName: 'owner_role', nullable: true })
  ownerRole: string | null = null;

  @Property({ type: 'uuid', fieldName: 'owner_user_id', nullable: true })
  ownerUserId: string | null = null;

  /** The gate check that should have caught this denial (a registered check's name). */
  @Property({ type: 'text', fieldName: 'upstream_check', nullable: true })
  upstreamCheck: string | null = null;
}
