import { defaultCoreConfig, type CoreConfig } from '@openrcm/core';
import { ValidationError } from '@openrcm/sdk';
import { createJiti } from 'jiti';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { openRcmConfigSchema, type OpenRcmConfig, type OpenRcmConfigInput } from './openrcm-config';

/** The config file looked for in the working directory when none is named. */
export const CONFIG_FILE_NAME = 'openrcm.config.ts';

/** Where a configuration came from, for the start-up banner. */
export interface LoadedConfig {
  readonly config: OpenRcmConfig;
  readonly source: string;
}

/**
 * Reads `openrcm.config.ts` (or `path`), applies environment overrides (DATABASE_URL, REDIS_URL, HOST, PORT,
 * OPENRCM_DATA_DIR, LOG_LEVEL, SMTP_URL, MAIL_FROM, PUBLIC_URL) and validates the result; errors name each bad field.
 */
export async function loadConfig(path: string | undefined, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Promise<LoadedConfig> {
  const file = path ? resolve(cwd, path) : resolve(cwd, CONFIG_FILE_NAME);
  if (path && !existsSync(file)) throw new ValidationError([{ field: 'config', message: `${file} does not exist` }]);
  const fromFile = existsSync(file) ? await importConfig(file) : {};
  const parsed = openRcmConfigSchema.safeParse(withEnvironment(fromFile, env));
  if (!parsed.success) {
    throw new ValidationError(parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'config', message: issue.message })));
  }
  const config = parsed.data;
  const baseDir = existsSync(file) ? dirname(file) : cwd;
  return {
    source: existsSync(file) ? file : 'defaults',
    config: {
      ...config,
      database: { ...config.database, dataDir: absolute(config.database.dataDir, baseDir) },
      mail: { ...config.mail, outboxDir: absolute(config.mail.outboxDir, baseDir) },
      plugins: config.plugins.map((plugin) => ({ ...plugin, module: plugin.module.startsWith('.') ? resolve(baseDir, plugin.module) : plugin.module })),
    },
  };
}

async function importConfig(file: string): Promise<OpenRcmConfigInput> {
  const jiti = createJiti(file, { moduleCache: false });
  const module = await jiti.import<{ config?: OpenRcmConfigInput }>(file);
  if (!module.config) throw new ValidationError([{ field: 'config', message: `${file} must export "config" made with defineConfig()` }]);
  return module.config;
}

function withEnvironment(config: OpenRcmConfigInput, env: NodeJS.ProcessEnv): OpenRcmConfigInput {
  const port = env['PORT'] === undefined ? undefined : Number(env['PORT']);
  return {
    ...config,
    database: {
      ...config.database,
      ...(env['DATABASE_URL'] ? { url: env['DATABASE_URL'] } : {}),
      ...(env['OPENRCM_DATA_DIR'] ? { dataDir: env['OPENRCM_DATA_DIR'] } : {}),
    },
    ...(env['REDIS_URL'] ? { redis: { ...config.redis, url: env['REDIS_URL'] } } : {}),
    http: { ...config.http, ...(env['HOST'] ? { host: env['HOST'] } : {}), ...(port === undefined ? {} : { port }) },
    ...(env['LOG_LEVEL'] ? { logLevel: env['LOG_LEVEL'] as OpenRcmConfig['logLevel'] } : {}),
    ...(env['SMTP_URL'] || env['MAIL_FROM']
      ? { mail: { ...config.mail, ...(env['SMTP_URL'] ? { smtpUrl: env['SMTP_URL'] } : {}), ...(env['MAIL_FROM'] ? { from: env['MAIL_FROM'] } : {}) } }
      : {}),
    ...(env['PUBLIC_URL'] ? { publicUrl: env['PUBLIC_URL'] } : {}),
  };
}

function absolute(path: string, baseDir: string): string {
  return path.startsWith('memory://') || isAbsolute(path) ? path : resolve(baseDir, path);
}

/** Core's configuration from the server's. `work` says whether this process runs jobs. */
export function toCoreConfig(config: OpenRcmConfig, work: boolean): CoreConfig {
  const defaults = defaultCoreConfig();
  return {
    ...defaults,
    database: { dataDir: config.database.dataDir, migrateOnBoot: config.database.migrateOnBoot, ...(config.database.url ? { url: config.database.url } : {}) },
    ...(config.redis ? { redis: { url: config.redis.url, prefix: config.redis.prefix } } : {}),
    http: config.http,
    jobs: { ...config.jobs, work },
    eligibility: config.eligibility,
    claims: config.claims,
    remittance: config.remittance,
    ledger: config.ledger,
    mail: { outboxDir: config.mail.outboxDir, from: config.mail.from, ...(config.mail.smtpUrl ? { smtpUrl: config.mail.smtpUrl } : {}) },
    publicUrl: config.publicUrl ?? `http://${config.http.host}:${config.http.port}`,
    reports: config.reports,
    plugins: { ...defaults.plugins, installed: config.plugins, callTimeoutMs: config.pluginCallTimeoutMs },
    logLevel: config.logLevel,
  };
}
