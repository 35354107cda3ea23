import { BigIntType, Entity, Property, Unique } from '@mikro-orm/core';
import type { CreditReportingSettings } from '@openrcm/sdk';
import { TenantEntity } from '../persistence/base.entity';

/** Whether an agency payment posts as the whole amount the patient paid, or as what the agency remits after its fee. */
export const AGENCY_FEE_POSTINGS = ['gross', 'net'] as const;
export type AgencyFeePosting = (typeof AGENCY_FEE_POSTINGS)[number];

/** An organization's collections policy, edited by a manager (defaults until saved). */
@Entity({ tableName: 'collection_settings' })
@Unique({ name: 'collection_settings_organization_unique', properties: ['organizationId'] })
export class CollectionSettings extends TenantEntity<'connectorId' | 'updatedAt'> {
  @Property({ type: 'integer', fieldName: 'min_days_since_first_statement' })
  minDaysSinceFirstStatement!: number;

  @Property({ type: 'integer', fieldName: 'final_notice_wait_days' })
  finalNoticeWaitDays!: number;

  @Property({ type: new BigIntType('number'), fieldName: 'minimum_balance_cents' })
  minimumBalanceCents!: number;

  @Property({ type: 'text', fieldName: 'agency_fee_posting' })
  agencyFeePosting!: AgencyFeePosting;

  /** The collection agency connector placements go to (its id); the only one installed when null. */
  @Property({ type: 'text', fieldName: 'connector_id', nullable: true })
  connectorId: string | null = null;

  /** The hours the billing office answers collection calls, printed on validation notices sent in the clinic's name. */
  @Property({ type: 'text', fieldName: 'collector_hours' })
  collectorHours!: string;

  /** Credit reporting rules: the defaults, and a rule per two-letter state code where the state's law differs. */
  @Property({ type: 'jsonb', fieldName: 'credit_reporting' })
  creditReporting!: CreditReportingSettings;

  @Property({ type: 'text', fieldName: 'updated_by' })
  updatedBy!: string;

  @Property({ type: 'timestamptz', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
