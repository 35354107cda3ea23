import { createServer } from '@openrcm/core';
import type { INestApplication } from '@nestjs/common';
import { serveAdminApp } from '../admin-app';
import { listen } from '../listen';
import { toCoreConfig, type LoadedConfig } from '../config/load-config';
import type { CommandOutput } from './command-output';
import { ensureFirstAdministrator } from './first-run';

/** Starts the API (and, unless told otherwise, the job workers); resolves once it listens. */
export async function startServer(loaded: LoadedConfig, options: { work: boolean }, output: CommandOutput): Promise<INestApplication> {
  const { config } = loaded;
  const app = await createServer(toCoreConfig(config, options.work));
  const adminServed = serveAdminApp(app);
  if (!config.database.url) await ensureFirstAdministrator(app, output);
  const url = await listen(app, config.http.port, config.http.host);
  output.info(`OpenRCM is listening on ${url}`);
  output.info(`  admin app  ${adminServed ? `${url}/admin` : 'not built (run `npm run build`)'}`);
  output.info(`  API docs   ${url}/api/docs`);
  output.info(`  readiness  ${url}/health/ready`);
  output.info(`  config     ${loaded.source}`);
  output.info(`  database   ${config.database.url ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.database.dataDir}`}`);
  output.info(`  jobs       ${config.redis ? 'Bull on Redis (REDIS_URL)' : 'in-process'}${options.work ? '' : ' (this process does not run jobs)'}`);
  output.info(`  plugins    ${config.plugins.length === 0 ? 'none' : config.plugins.map((plugin) => plugin.module).join(', ')}`);
  return app;
}
