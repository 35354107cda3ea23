import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CORE_CONFIG, type CoreConfig } from '../config/core-config';
import { JobHandlerRegistry } from '../jobs/job-handler-registry';
import { OrganizationJobScheduler } from '../jobs/organization-job.scheduler';
import { PaymentPlanDaily } from '../payment-plans/payment-plan.daily';
import { StatementRunService } from './statement-run.service';
import { StatementSettingsService } from './statement-settings.service';

/** The job of one organization's daily statement run. */
export const DAILY_STATEMENT_RUN_JOB = 'statements.daily-run';

/** The job of one organization's daily pass over its payment plans (autopay, reminders, completed and broken plans). */
export const DAILY_PAYMENT_PLANS_JOB = 'payment-plans.daily';

const HOUR_MS = 3_600_000;

/**
 * The patient-balance day: in processes that run jobs, every hour each organization's payment-plan pass and statement
 * run are queued once per UTC day (the idempotency key); the run sends only where an administrator turned `runsDaily`
 * on. The cadence rules make a second run the same day send
 * nothing, and a plan's reminder is sent once per missed installment, so a retried job is harmless.
 */
@Injectable()
export class StatementJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    registry: JobHandlerRegistry,
    runner: StatementRunService,
    settings: StatementSettingsService,
    plans: PaymentPlanDaily,
    private readonly scheduler: OrganizationJobScheduler,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
  ) {
    registry.register(DAILY_PAYMENT_PLANS_JOB, async (context) => {
      await plans.run(context);
    });
    registry.register(DAILY_STATEMENT_RUN_JOB, async (context) => {
      if ((await settings.get(context)).runsDaily) await runner.run(context, 'schedule');
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.jobs.work) this.timer = this.scheduler.every(60, () => this.queueTick());
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Queues each organization's plan pass and statement run for today (UTC day), once each. */
  async queueTick(now: Date = new Date()): Promise<number> {
    const day = Math.floor(now.getTime() / (24 * HOUR_MS));
    const plans = await this.scheduler.enqueueForEach('payment-plans', () => ({ name: DAILY_PAYMENT_PLANS_JOB, payload: {}, idempotencyKey: `payment-plans:${day}` }));
    const runs = await this.scheduler.enqueueForEach('statement-runs', () => ({ name: DAILY_STATEMENT_RUN_JOB, payload: {}, idempotencyKey: `statement-run:${day}` }));
    return plans + runs;
  }
}
