import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { CORE_CONFIG, type CoreConfig } from './config/core-config';
import { JOB_DRIVER, type JobDriver } from './jobs/drivers/job-driver';
import { ROOT_LOGGER } from './logging/logger';
import { EventRelay } from './outbox/event-relay';
import { DATABASE } from './persistence/persistence.providers';
import type { Database } from './persistence/database';
import { PluginHost } from './plugins/plugin-host.service';

/**
 * Starts and stops core's moving parts in one explicit order. Start: load plugins (a bad plugin stops the boot),
 * register them, relay events, take jobs. Stop: the reverse, waiting for running jobs, then close the database.
 */
@Injectable()
export class CoreLifecycle implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly plugins: PluginHost,
    private readonly relay: EventRelay,
    @Inject(JOB_DRIVER) private readonly driver: JobDriver,
    @Inject(DATABASE) private readonly database: Database,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.plugins.connect();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.plugins.start();
    this.relay.start();
    await this.driver.start(this.config.jobs.work);
    this.logger.info(
      { database: this.database.kind, jobs: this.driver.kind, working: this.config.jobs.work, plugins: this.plugins.loaded().map((p) => p.definition.id) },
      'core started',
    );
  }

  async onApplicationShutdown(signal?: string): Promise<void> {
    this.logger.info({ signal }, 'shutting down: finishing running jobs');
    await this.plugins.stop();
    await this.driver.stop();
    await this.relay.stop();
    await this.database.close();
    this.logger.info('shut down');
  }
}
