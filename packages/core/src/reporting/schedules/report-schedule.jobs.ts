import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ValidationError } from '@openrcm/sdk';
import { CORE_CONFIG, type CoreConfig } from '../../config/core-config';
import { JobHandlerRegistry } from '../../jobs/job-handler-registry';
import { OrganizationJobScheduler } from '../../jobs/organization-job.scheduler';
import { QUEUE_DUE_REPORT_EMAILS_JOB, ReportScheduleService, SEND_REPORT_EMAIL_JOB } from './report-schedule.service';

/**
 * The report-email jobs, and in processes that run jobs the tick that queues them: every
 * `reports.scheduleEveryMinutes` each organization's due schedules are queued (one job per schedule and due day).
 */
@Injectable()
export class ReportScheduleJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    registry: JobHandlerRegistry,
    schedules: ReportScheduleService,
    private readonly scheduler: OrganizationJobScheduler,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
  ) {
    registry.register(QUEUE_DUE_REPORT_EMAILS_JOB, async (context) => {
      await schedules.queueDue(context);
    });
    registry.register(SEND_REPORT_EMAIL_JOB, async (context, payload) => {
      const { scheduleId, sendOn } = (payload ?? {}) as { scheduleId?: unknown; sendOn?: unknown };
      if (typeof scheduleId !== 'string' || typeof sendOn !== 'string') {
        throw new ValidationError([{ field: 'payload', message: 'scheduleId and sendOn are required strings' }]);
      }
      await schedules.send(context, scheduleId, sendOn);
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.jobs.work) this.timer = this.scheduler.every(this.config.reports.scheduleEveryMinutes, () => this.queueTick());
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Queues each organization's check of due schedules, once per tick period. */
  queueTick(now: Date = new Date()): Promise<number> {
    const slot = Math.floor(now.getTime() / (this.config.reports.scheduleEveryMinutes * 60_000));
    return this.scheduler.enqueueForEach('report-schedules', () => ({ name: QUEUE_DUE_REPORT_EMAILS_JOB, payload: {}, idempotencyKey: `report-schedules:${slot}` }));
  }
}
