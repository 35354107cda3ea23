import { ValidationError } from '@openrcm/sdk';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, toCoreConfig } from './load-config';

function directoryWith(configSource?: string): string {
  const directory = mkdtempSync(join(tmpdir(), 'openrcm-config-'));
  if (configSource) writeFileSync(join(directory, 'openrcm.config.ts'), configSource);
  return directory;
}

describe('loadConfig', () => {
  it('runs on embedded defaults when there is no config file', async () => {
    const cwd = directoryWith();
    const { config, source } = await loadConfig(undefined, {}, cwd);
    expect(source).toBe('defaults');
    expect(config.database).toEqual({ dataDir: join(cwd, '.openrcm/data'), migrateOnBoot: true });
    expect(config.redis).toBeUndefined();
    expect(config.http).toEqual({ host: '127.0.0.1', port: 3000, corsOrigins: [], bodyLimit: '1mb', trustedProxies: 0 });
    expect(toCoreConfig(config, true).jobs.work).toBe(true);
    expect(toCoreConfig(config, true).ledger).toEqual({ foldEverySeconds: 10 });
  });

  it('reads a TypeScript config file and lets the environment override URLs and ports', async () => {
    const cwd = directoryWith(`export const config = { http: { port: 4000 }, database: { dataDir: 'db' }, ledger: { foldEverySeconds: 30 }, plugins: [{ module: './my-plugin' }] };`);
    const env = { DATABASE_URL: 'postgres://db.internal/openrcm', REDIS_URL: 'redis://cache:6379', PORT: '8080', LOG_LEVEL: 'warn' };
    const { config, source } = await loadConfig(undefined, env, cwd);
    expect(source).toBe(join(cwd, 'openrcm.config.ts'));
    expect(config.database.url).toBe('postgres://db.internal/openrcm');
    expect(config.database.dataDir).toBe(join(cwd, 'db'));
    expect(config.redis).toEqual({ url: 'redis://cache:6379', prefix: 'openrcm' });
    expect(config.http.port).toBe(8080);
    expect(config.logLevel).toBe('warn');
    expect(config.plugins).toEqual([{ module: join(cwd, 'my-plugin') }]);
    expect(toCoreConfig(config, false).ledger).toEqual({ foldEverySeconds: 30 });
  });

  it('names every bad field', async () => {
    const cwd = directoryWith(`export const config = { http: { port: 'eighty' }, jobs: { concurrency: 0 }, colour: 'blue' };`);
    const attempt = loadConfig(undefined, { REDIS_URL: 'http://not-redis' }, cwd);
    await expect(attempt).rejects.toThrow(ValidationError);
    const error = (await attempt.catch((caught: unknown) => caught)) as ValidationError;
    expect(error.issues.map((issue) => issue.field).sort()).toEqual(['', 'http.port', 'jobs.concurrency', 'redis.url'].map((f) => f || 'config').sort());
  });

  it('refuses a config file that exports no config, and a named file that does not exist', async () => {
    const cwd = directoryWith(`export const settings = {};`);
    await expect(loadConfig(undefined, {}, cwd)).rejects.toThrow('must export "config" made with defineConfig()');
    await expect(loadConfig('missing.config.ts', {}, cwd)).rejects.toThrow('missing.config.ts does not exist');
  });
});
