import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ValidationError } from '@openrcm/sdk';
import { CORE_CONFIG, type CoreConfig } from '../config/core-config';
import { JobHandlerRegistry } from '../jobs/job-handler-registry';
import { OrganizationJobScheduler } from '../jobs/organization-job.scheduler';
import { PluginHost } from '../plugins/plugin-host.service';
import { RECALL_PAID_PLACEMENTS_JOB, REPORT_DIRECT_PAYMENT_JOB } from '../patient-payments/patient-payment.service';
import { AgencyFileImporter } from './agency-file.importer';
import { DirectPaymentReporter } from './direct-payment.reporter';
import { PlacementService } from './placement.service';

/** The job of one organization's hourly fetch of its agency's payment and status files. */
export const FETCH_AGENCY_FILES_JOB = 'collections.fetch-agency-files';

const HOUR_MS = 3_600_000;

/**
 * In processes that run jobs, every hour each organization's agency files are fetched and imported once (the hour is
 * the idempotency key), where a collection agency connector is enabled. A file is taken out of the agency's outbox
 * when read, and an activity seen before applies nothing, so a retried job is harmless. A placed patient who pays the
 * clinic everything owed has their placements recalled, and a payment that leaves something owed is reported to the
 * agency (the jobs the payment queues).
 */
@Injectable()
export class CollectionJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    registry: JobHandlerRegistry,
    importer: AgencyFileImporter,
    placements: PlacementService,
    directPayments: DirectPaymentReporter,
    plugins: PluginHost,
    private readonly scheduler: OrganizationJobScheduler,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
  ) {
    registry.register(FETCH_AGENCY_FILES_JOB, async (context) => {
      if (plugins.contributions(context.organizationId, 'collection-agency-connector').length > 0) await importer.fetch(context);
    });
    registry.register(RECALL_PAID_PLACEMENTS_JOB, async (context, payload) => {
      const { patientId } = (payload ?? {}) as { patientId?: unknown };
      if (typeof patientId !== 'string') throw new ValidationError([{ field: 'payload.patientId', message: 'is required' }]);
      await placements.recallPaidOff(context, patientId);
    });
    registry.register(REPORT_DIRECT_PAYMENT_JOB, async (context, payload) => {
      const { paymentId } = (payload ?? {}) as { paymentId?: unknown };
      if (typeof paymentId !== 'string') throw new ValidationError([{ field: 'payload.paymentId', message: 'is required' }]);
      await directPayments.report(context, paymentId);
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.jobs.work) this.timer = this.scheduler.every(60, () => this.queueTick());
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async queueTick(now: Date = new Date()): Promise<number> {
    const hour = Math.floor(now.getTime() / HOUR_MS);
    return this.scheduler.enqueueForEach('collections', () => ({ name: FETCH_AGENCY_FILES_JOB, payload: {}, idempotencyKey: `agency-files:${hour}` }));
  }
}
