import { Entity, Index, Property } from '@mikro-orm/core';
import { Audited } from '../audit/audited';
import { TenantEntity } from '../persistence/base.entity';

/** What consumed units: a charge (more kinds may follow). */
export const USAGE_SOURCE_TYPES = ['charge'] as const;
export type UsageSourceType = (typeof USAGE_SOURCE_TYPES)[number];

/**
 * One append-only movement of an authorization's units: positive when a source consumes units, negative when a
 * release cancels what that source consumed. Never updated or deleted (a trigger refuses it); units used = SUM(units).
 */
@Entity({ tableName: 'authorization_usage' })
@Index({ name: 'authorization_usage_authorization_index', properties: ['organizationId', 'authorizationId'] })
@Index({ name: 'authorization_usage_source_index', properties: ['organizationId', 'sourceType', 'sourceId'] })
@Audited<AuthorizationUsage>({ recordType: 'authorization-usage', patientIdOf: (usage) => usage.patientId })
export class AuthorizationUsage extends TenantEntity {
  @Property({ type: 'uuid', fieldName: 'authorization_id' })
  authorizationId!: string;

  /** The authorization's patient (for the audit trail). */
  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  /** Units consumed (positive) or released (negative). */
  @Property({ type: 'integer' })
  units!: number;

  @Property({ type: 'text', fieldName: 'source_type' })
  sourceType!: UsageSourceType;

  @Property({ type: 'text', fieldName: 'source_id' })
  sourceId!: string;
}
