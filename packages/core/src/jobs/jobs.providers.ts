import { MikroORM } from '@mikro-orm/core';
import type { Provider } from '@nestjs/common';
import type { Logger } from 'pino';
import { CORE_CONFIG, type CoreConfig } from '../config/core-config';
import { ROOT_LOGGER } from '../logging/logger';
import { BullJobDriver } from './drivers/bull.driver';
import { InProcessJobDriver } from './drivers/in-process.driver';
import { JOB_DRIVER, type JobDriver } from './drivers/job-driver';
import { JobHandlerRegistry } from './job-handler-registry';
import { JobQueue } from './job-queue.service';
import { JobRunner } from './job-runner';

/** The job port, its runner and the driver chosen by configuration: Bull when Redis is configured. */
export const jobsProviders: Provider[] = [
  JobHandlerRegistry,
  JobRunner,
  JobQueue,
  {
    provide: JOB_DRIVER,
    inject: [MikroORM, JobRunner, CORE_CONFIG, ROOT_LOGGER],
    useFactory: (orm: MikroORM, runner: JobRunner, config: CoreConfig, logger: Logger): JobDriver =>
      config.redis
        ? new BullJobDriver(orm, runner, config.redis, config.jobs, logger)
        : new InProcessJobDriver(orm, runner, config.jobs, logger),
  },
];
