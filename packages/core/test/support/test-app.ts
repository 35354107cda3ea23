import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { createServer } from '../../src/bootstrap';
import { defaultCoreConfig, type CoreConfig } from '../../src/config/core-config';
import type { CoreModuleOptions } from '../../src/core.module';
import { testDatabaseConfig } from './test-database';

/** Overrides of the test configuration, section by section. */
export interface TestConfigOverrides {
  readonly database?: CoreConfig['database'];
  readonly jobs?: Partial<CoreConfig['jobs']>;
  readonly plugins?: Partial<CoreConfig['plugins']>;
  readonly useRedis?: boolean;
  readonly auth?: Partial<CoreConfig['auth']>;
}

/** A configuration for one test file: its own database, fast polling, Bull when REDIS_URL is set (unique prefix). */
export async function testConfig(overrides: TestConfigOverrides = {}): Promise<CoreConfig> {
  const defaults = defaultCoreConfig();
  const redisUrl = process.env['REDIS_URL'];
  return {
    ...defaults,
    database: overrides.database ?? (await testDatabaseConfig()),
    ...(redisUrl && overrides.useRedis !== false ? { redis: { url: redisUrl, prefix: `openrcm-test-${testRunId}` } } : {}),
    jobs: { ...defaults.jobs, pollIntervalMs: 50, backoffMs: 20, ...overrides.jobs },
    events: { pollIntervalMs: 50 },
    plugins: { ...defaults.plugins, callTimeoutMs: 500, settingsRefreshMs: 200, ...overrides.plugins },
    // Tests sign in far more often than people: the rate limit has its own test.
    auth: { ...defaults.auth, signInRateLimitPerMinute: 10_000, ...overrides.auth },
    // The ledger rollup is folded when a test says so (LedgerRollupFolder.foldAll), never by the clock in the middle of one.
    ledger: { foldEverySeconds: 3600 },
    logLevel: 'silent',
  };
}

/** One id per test file, for Redis key prefixes. */
export const testRunId = randomBytes(4).toString('hex');

/** A started server on an ephemeral port. */
export async function startTestServer(config: CoreConfig, options: CoreModuleOptions = {}): Promise<INestApplication> {
  const app = await createServer(config, { logger: pino({ level: 'silent' }), ...options });
  await app.listen(0, '127.0.0.1');
  return app;
}

/** Polls until `probe` returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`condition not met within ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
}
