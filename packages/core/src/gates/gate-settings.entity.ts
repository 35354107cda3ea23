import { Entity, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/** The stop-the-line window when an organization has not set one. */
export const DEFAULT_DEFECT_WINDOW_DAYS = 30;

/** An organization's gate settings (one row at most; none means the defaults). */
@Entity({ tableName: 'gate_settings' })
@Unique({ name: 'gate_settings_organization_unique', properties: ['organizationId'] })
export class GateSettings extends TenantEntity<'defectWindowDays' | 'updatedAt'> {
  /** How far back a repeated gate defect counts (days). */
  @Property({ type: 'int', fieldName: 'defect_window_days' })
  defectWindowDays: number = DEFAULT_DEFECT_WINDOW_DAYS;

  @Property({ type: 'timestamptz', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
