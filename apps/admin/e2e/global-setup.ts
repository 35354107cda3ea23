import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakePaymentProcessor } from '@openrcm/simulator';
import type { TestProject } from 'vitest/node';
import { installDocumentedReportPlugin } from './report-plugin';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    oneTimePassword: string;
    /** A folder the test files share for the run: the administrator's authenticator secret (e2e/session.ts). */
    stateDir: string;
    /** The embedded mail outbox the server writes its emails to (.eml files). */
    outboxDir: string;
    /** The folder the collections plugin reads agency activity files from (what "fetch" picks up). */
    agencyInboxDir: string;
  }
}

const REPOSITORY = fileURLToPath(new URL('../../..', import.meta.url));
const CLI = join(REPOSITORY, 'apps/server/dist/cli.js');
const ADMIN_INDEX = join(REPOSITORY, 'apps/admin/dist/index.html');

/** Waits for the server's start lines: the URL it listens on and the first administrator's one-time password. */
function started(server: ChildProcess, output: string[]): Promise<{ baseUrl: string; oneTimePassword: string }> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 120 s:\n${output.join('')}`)), 120_000);
    const look = (chunk: Buffer) => {
      output.push(chunk.toString());
      const text = output.join('');
      const url = /OpenRCM is listening on (\S+)/.exec(text)?.[1];
      const password = /one-time password {2}(\S+)/.exec(text)?.[1];
      if (url && password) {
        clearTimeout(timer);
        resolvePromise({ baseUrl: url, oneTimePassword: password });
      }
    };
    server.stdout?.on('data', look);
    server.stderr?.on('data', look);
    server.on('exit', (code) => reject(new Error(`the server exited (${code}):\n${output.join('')}`)));
  });
}

/**
 * The plugins the suite installs, so the plugins screen, the payers' connectors, the reports and the statements have
 * something to show: an eligibility provider and a clearinghouse connector on a local folder transport, the built-in
 * KPI reports, patient statements (emails to the embedded outbox; all four built with the server), the simulator's
 * payment gateway on the suite's fake processor, the report plugin of docs/plugins.md §6 installed from the run's
 * folder, outside the repository, by its absolute path, and the collection agency connector on local folders —
 * disabled until an organization enables it (collections.e2e.ts does, for its own clinic).
 */
function writeConfig(folder: string, processorUrl: string): void {
  const transport = { type: 'folder', outbox: join(folder, 'outbox'), inbox: join(folder, 'inbox') };
  const agency = { type: 'folder', outbound: join(folder, 'agency', 'placements'), inbound: join(folder, 'agency', 'activity') };
  for (const directory of [transport.outbox, transport.inbox, agency.outbound, agency.inbound]) mkdirSync(directory, { recursive: true });
  const plugins = [
    { module: '@openrcm/plugin-eligibility-availity', settings: { clientId: 'browser-suite', clientSecret: { env: 'AVAILITY_CLIENT_SECRET' } } },
    { module: '@openrcm/plugin-clearinghouse-generic', settings: { transport } },
    { module: '@openrcm/plugin-kpi-reports' },
    { module: '@openrcm/plugin-patient-statements' },
    { module: '@openrcm/simulator/payment-gateway', settings: { baseUrl: processorUrl } },
    { module: installDocumentedReportPlugin(REPOSITORY, folder) },
    { module: '@openrcm/plugin-collections', enabled: false, settings: { agencyName: 'Browser Suite Recovery', layout: 'csv', paymentsReported: 'gross', delivery: agency } },
  ];
  writeFileSync(join(folder, 'openrcm.config.ts'), `export const config = ${JSON.stringify({ plugins }, null, 2)};\n`);
}

/**
 * Starts the real server on embedded defaults (a fresh PGlite data directory, in-process jobs, a free port) from a
 * fresh working directory whose openrcm.config.ts names only the plugins; stops it and removes its data afterwards.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  for (const file of [CLI, ADMIN_INDEX]) if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run test:browser\` from the repository root (it builds first)`);
  const folder = mkdtempSync(join(tmpdir(), 'openrcm-browser-'));
  const processor = await startFakePaymentProcessor();
  writeConfig(folder, processor.url);
  const port = process.env.BROWSER_SUITE_PORT ?? '3927';
  const env: NodeJS.ProcessEnv = { ...process.env, OPENRCM_DATA_DIR: join(folder, 'data'), PORT: port, HOST: '127.0.0.1', LOG_LEVEL: 'warn', PUBLIC_URL: `http://127.0.0.1:${port}` };
  delete env.SMTP_URL;
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const server = spawn(process.execPath, [CLI, 'start'], { cwd: folder, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const { baseUrl, oneTimePassword } = await started(server, output);
  project.provide('baseUrl', baseUrl);
  project.provide('oneTimePassword', oneTimePassword);
  const stateDir = join(folder, 'state');
  mkdirSync(stateDir);
  project.provide('stateDir', stateDir);
  project.provide('outboxDir', join(folder, '.openrcm', 'outbox'));
  project.provide('agencyInboxDir', join(folder, 'agency', 'activity'));
  return async () => {
    const exited = new Promise((done) => server.once('exit', done));
    server.kill('SIGTERM');
    await exited;
    await processor.close();
    rmSync(folder, { recursive: true, force: true });
  };
}
