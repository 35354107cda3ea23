import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CORE_CONFIG, type CoreConfig } from '../config/core-config';
import { OrganizationJobScheduler } from '../jobs/organization-job.scheduler';
import { FETCH_INBOUND_JOB } from './inbound-document.service';

/**
 * In processes that run jobs, queues each organization's fetch of clearinghouse documents every
 * `claims.fetchInboundEveryMinutes`, under the key of the time slot (`fetch:<slot start>`): one fetch per slot.
 */
@Injectable()
export class InboundFetchScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly scheduler: OrganizationJobScheduler,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.jobs.work) this.timer = this.scheduler.every(this.config.claims.fetchInboundEveryMinutes, () => this.queueSlot());
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Queues the current slot's fetch of every organization; returns how many were new. */
  queueSlot(now: Date = new Date()): Promise<number> {
    const slotMs = this.config.claims.fetchInboundEveryMinutes * 60_000;
    const slot = new Date(Math.floor(now.getTime() / slotMs) * slotMs).toISOString();
    return this.scheduler.enqueueForEach('claims-fetch-inbound', () => ({ name: FETCH_INBOUND_JOB, payload: {}, idempotencyKey: `fetch:${slot}`, maxAttempts: 1 }));
  }
}
