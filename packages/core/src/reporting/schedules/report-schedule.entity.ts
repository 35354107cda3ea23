import { Entity, Index, Property } from '@mikro-orm/core';
import type { ReportFilters } from '@openrcm/sdk';
import { TenantEntity } from '../../persistence/base.entity';

/** How often a schedule sends. */
export const REPORT_CADENCES = ['daily', 'weekly', 'monthly'] as const;
export type ReportCadence = (typeof REPORT_CADENCES)[number];

/** The period each email reports on, counted back from the day it is sent. */
export const REPORT_WINDOWS = ['month-to-date', 'previous-month', 'last-30-days', 'year-to-date'] as const;
export type ReportWindow = (typeof REPORT_WINDOWS)[number];

/** The filters a schedule passes to every report it runs (the period comes from its window). */
export type ScheduleFilters = ReportFilters & { readonly agingBasis?: 'service-date' | 'bill-date' };

/**
 * A report email an organization receives on a cadence: the headline numbers of some reports for a window of days,
 * and a link to the dashboard — never patient data.
 */
@Entity({ tableName: 'report_schedule' })
@Index({ name: 'report_schedule_due_index', properties: ['organizationId', 'active', 'nextSendOn'] })
export class ReportSchedule extends TenantEntity<'active' | 'updatedAt'> {
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'jsonb', fieldName: 'report_ids' })
  reportIds!: string[];

  @Property({ type: 'jsonb' })
  recipients!: string[];

  @Property({ type: 'text' })
  cadence!: ReportCadence;

  @Property({ type: 'text', fieldName: 'report_window' })
  window!: ReportWindow;

  @Property({ type: 'jsonb' })
  filters!: ScheduleFilters;

  /** The calendar date (organization's time zone) of the next email. */
  @Property({ type: 'text', fieldName: 'next_send_on' })
  nextSendOn!: string;

  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'text', fieldName: 'created_by' })
  createdBy!: string;

  @Property({ type: 'timestamptz', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
