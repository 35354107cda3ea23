import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { systemContext } from '@openrcm/sdk';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { CORE_CONFIG, type CoreConfig } from '../config/core-config';
import { JobQueue } from '../jobs/job-queue.service';
import { ROOT_LOGGER } from '../logging/logger';
import { Organization } from '../organizations/organization.entity';
import { FETCH_INBOUND_JOB } from './inbound-document.service';

/**
 * In processes that run jobs, queues each organization's fetch of clearinghouse documents every
 * `claims.fetchInboundEveryMinutes`, under the key of the time slot (`fetch:<slot start>`), which the job table keeps
 * unique: any number of processes queue one fetch per slot.
 */
@Injectable()
export class InboundFetchScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly orm: MikroORM,
    private readonly jobs: JobQueue,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobs.work) return;
    this.timer = setInterval(() => void this.queueSlot(), this.config.claims.fetchInboundEveryMinutes * 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Queues the current slot's fetch of every organization; returns how many were new. */
  async queueSlot(now: Date = new Date()): Promise<number> {
    const slotMs = this.config.claims.fetchInboundEveryMinutes * 60_000;
    const slot = new Date(Math.floor(now.getTime() / slotMs) * slotMs).toISOString();
    let queued = 0;
    try {
      const organizations = await this.orm.em.fork().find(Organization, {}, { fields: ['id'] });
      for (const organization of organizations) {
        const context = systemContext(organization.id, randomUUID(), 'claims-fetch-inbound');
        const job = await this.jobs.enqueue(context, FETCH_INBOUND_JOB, {}, { idempotencyKey: `fetch:${slot}`, maxAttempts: 1 });
        if (job.created) queued += 1;
      }
    } catch (error) {
      this.logger.error({ err: error }, 'could not queue the inbound document fetches');
    }
    return queued;
  }
}
