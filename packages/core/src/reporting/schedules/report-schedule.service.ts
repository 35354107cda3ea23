import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError, type RequestContext } from '@openrcm/sdk';
import { CORE_CONFIG, type CoreConfig } from '../../config/core-config';
import { JobQueue } from '../../jobs/job-queue.service';
import { Mailer } from '../../mail/mailer';
import { Organization } from '../../organizations/organization.entity';
import { currentEntityManager } from '../../persistence/current-entity-manager';
import { calendarDate } from '../../time/calendar-date';
import { ReportCatalog } from '../report-catalog';
import { ReportRunner, type ReportRun } from '../report-runner.service';
import { composeReportEmail } from './report-email.composer';
import { ReportEmail } from './report-email.entity';
import { ReportSchedule, type ReportCadence, type ReportWindow, type ScheduleFilters } from './report-schedule.entity';
import { nextSendOn, windowPeriod } from './report-window';

/** The job that sends one schedule's email for one due day. */
export const SEND_REPORT_EMAIL_JOB = 'reports.send-email';
/** The job that queues every due schedule of an organization. */
export const QUEUE_DUE_REPORT_EMAILS_JOB = 'reports.queue-due-emails';

/** A schedule as an administrator writes it. */
export interface ReportScheduleInput {
  readonly name: string;
  readonly reportIds: readonly string[];
  readonly recipients: readonly string[];
  readonly cadence: ReportCadence;
  readonly window: ReportWindow;
  readonly filters?: ScheduleFilters;
  /** The first day to send (default: today). */
  readonly firstSendOn?: string;
  readonly active?: boolean;
}

/** Scheduled report emails: kept per organization, queued when due, sent once per due day, logged. */
@Injectable()
export class ReportScheduleService {
  constructor(
    private readonly orm: MikroORM,
    private readonly catalog: ReportCatalog,
    private readonly runner: ReportRunner,
    private readonly mailer: Mailer,
    private readonly jobs: JobQueue,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
  ) {}

  private em(): EntityManager {
    return currentEntityManager(this.orm) as EntityManager;
  }

  list(context: RequestContext): Promise<ReportSchedule[]> {
    return this.em().find(ReportSchedule, { organizationId: context.organizationId }, { orderBy: { name: 'asc', id: 'asc' } });
  }

  async create(context: RequestContext, input: ReportScheduleInput): Promise<ReportSchedule> {
    this.checkReports(context, input.reportIds);
    const today = await this.today(context);
    const em = this.em();
    const schedule = em.create(ReportSchedule, {
      organizationId: context.organizationId,
      name: input.name,
      reportIds: [...input.reportIds],
      recipients: [...input.recipients],
      cadence: input.cadence,
      window: input.window,
      filters: input.filters ?? {},
      nextSendOn: input.firstSendOn ?? today,
      active: input.active ?? true,
      createdBy: `${context.actor.type}:${context.actor.id}`,
    });
    await em.flush();
    return schedule;
  }

  async update(context: RequestContext, id: string, input: Partial<ReportScheduleInput>): Promise<ReportSchedule> {
    const em = this.em();
    const schedule = await this.find(em, context, id);
    if (input.reportIds) this.checkReports(context, input.reportIds);
    if (input.name !== undefined) schedule.name = input.name;
    if (input.reportIds) schedule.reportIds = [...input.reportIds];
    if (input.recipients) schedule.recipients = [...input.recipients];
    if (input.cadence) schedule.cadence = input.cadence;
    if (input.window) schedule.window = input.window;
    if (input.filters) schedule.filters = input.filters;
    if (input.firstSendOn) schedule.nextSendOn = input.firstSendOn;
    if (input.active !== undefined) schedule.active = input.active;
    await em.flush();
    return schedule;
  }

  async remove(context: RequestContext, id: string): Promise<void> {
    const em = this.em();
    await em.removeAndFlush(await this.find(em, context, id));
  }

  emails(context: RequestContext, id: string): Promise<ReportEmail[]> {
    return this.em().find(ReportEmail, { organizationId: context.organizationId, scheduleId: id }, { orderBy: { createdAt: 'desc' }, limit: 100 });
  }

  /** Queues the email of every active schedule due today or earlier, once per schedule and due day. */
  async queueDue(context: RequestContext): Promise<number> {
    const today = await this.today(context);
    const due = await this.em().find(ReportSchedule, { organizationId: context.organizationId, active: true, nextSendOn: { $lte: today } });
    let queued = 0;
    for (const schedule of due) {
      const job = await this.jobs.enqueue(context, SEND_REPORT_EMAIL_JOB, { scheduleId: schedule.id, sendOn: schedule.nextSendOn }, { idempotencyKey: `report-email:${schedule.id}:${schedule.nextSendOn}` });
      if (job.created) queued += 1;
    }
    return queued;
  }

  /**
   * Sends the schedule's email for its due day `sendOn` and moves it to its next day, logging what was sent. A schedule
   * already past `sendOn` (sent, or edited since) sends nothing. With `sendOn` absent: a test send now, not logged as
   * a due day and leaving the schedule where it is.
   */
  async send(context: RequestContext, scheduleId: string, sendOn?: string): Promise<ReportEmail | null> {
    const schedule = await this.find(this.em(), context, scheduleId);
    if (sendOn !== undefined && (schedule.nextSendOn !== sendOn || !schedule.active)) return null;
    const day = sendOn ?? (await this.today(context));
    const period = windowPeriod(schedule.window, day);
    const runs: ReportRun[] = [];
    for (const reportId of schedule.reportIds) runs.push(await this.runner.run(context, reportId, { ...schedule.filters, ...period }));
    const link = `${this.config.publicUrl.replace(/\/$/, '')}/admin/reports?from=${period.from}&to=${period.to}`;
    const email = composeReportEmail(schedule.name, period, runs, link);
    const receipt = await this.mailer.send({ to: schedule.recipients, subject: email.subject, text: email.text, html: email.html });
    return this.em().transactional(async (em) => {
      const logged = em.create(ReportEmail, {
        organizationId: context.organizationId,
        scheduleId: schedule.id,
        sendOn: day,
        periodFrom: period.from,
        periodTo: period.to,
        asOf: new Date(runs[0]?.asOf ?? Date.now()),
        recipients: [...schedule.recipients],
        reports: email.reports,
        messageId: receipt.messageId,
        outboxFile: receipt.outboxFile,
        sentBy: sendOn === undefined ? `${context.actor.type}:${context.actor.id}` : 'schedule',
      });
      if (sendOn !== undefined) await em.nativeUpdate(ReportSchedule, { id: schedule.id, nextSendOn: sendOn }, { nextSendOn: nextSendOn(schedule.cadence, sendOn) });
      return logged;
    });
  }

  private async find(em: EntityManager, context: RequestContext, id: string): Promise<ReportSchedule> {
    const schedule = await em.findOne(ReportSchedule, { id, organizationId: context.organizationId });
    if (!schedule) throw new NotFoundError('report schedule', id);
    return schedule;
  }

  private checkReports(context: RequestContext, reportIds: readonly string[]): void {
    const known = new Set(this.catalog.list(context.organizationId).map((report) => report.definition.id));
    const unknown = reportIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new ValidationError(unknown.map((id) => ({ field: `reportIds[${reportIds.indexOf(id)}]`, message: `no report "${id}" is enabled for this organization` })));
  }

  private async today(context: RequestContext): Promise<string> {
    const organization = await this.em().findOneOrFail(Organization, { id: context.organizationId }, { fields: ['timeZone'] });
    return calendarDate(new Date(), organization.timeZone);
  }
}
