import { Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../../persistence/base.entity';

/** The headline of one report as an email carried it. */
export interface EmailedReport {
  readonly id: string;
  readonly title: string;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

/** One report email sent (or that failed for good), appended when it happens: the schedule's delivery log. */
@Entity({ tableName: 'report_email' })
@Index({ name: 'report_email_schedule_index', properties: ['organizationId', 'scheduleId', 'createdAt'] })
export class ReportEmail extends TenantEntity {
  @Property({ type: 'uuid', fieldName: 'schedule_id' })
  scheduleId!: string;

  /** The day the schedule was due (the email for that day is sent once). */
  @Property({ type: 'text', fieldName: 'send_on' })
  sendOn!: string;

  @Property({ type: 'text', fieldName: 'period_from' })
  periodFrom!: string;

  @Property({ type: 'text', fieldName: 'period_to' })
  periodTo!: string;

  @Property({ type: 'timestamptz', fieldName: 'as_of' })
  asOf!: Date;

  @Property({ type: 'jsonb' })
  recipients!: string[];

  @Property({ type: 'jsonb' })
  reports!: EmailedReport[];

  /** The SMTP message id, or the `.eml` file of the embedded outbox. */
  @Property({ type: 'text', fieldName: 'message_id' })
  messageId!: string;

  @Property({ type: 'text', nullable: true, fieldName: 'outbox_file' })
  outboxFile!: string | null;

  @Property({ type: 'text', fieldName: 'sent_by' })
  sentBy!: string;
}
