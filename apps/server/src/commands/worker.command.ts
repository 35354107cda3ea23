import type { INestApplicationContext } from '@nestjs/common';
import { createWorker } from '@openrcm/core';
import { toCoreConfig, type LoadedConfig } from '../config/load-config';
import type { CommandOutput } from './command-output';

/** Starts a job worker (no HTTP): scale out by running several beside the API processes. */
export async function startWorker(loaded: LoadedConfig, output: CommandOutput): Promise<INestApplicationContext> {
  const { config } = loaded;
  const worker = await createWorker(toCoreConfig(config, true));
  output.info(`OpenRCM worker started: ${config.redis ? 'taking jobs from Bull on Redis' : 'running in-process jobs'}, concurrency ${config.jobs.concurrency}`);
  if (!config.redis) output.info('  note: without REDIS_URL a worker shares jobs only through the database it opens');
  return worker;
}
