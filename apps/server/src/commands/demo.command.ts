import type { INestApplication } from '@nestjs/common';
import { createServer } from '@openrcm/core';
import { resolve } from 'node:path';
import { serveAdminApp } from '../admin-app';
import { toCoreConfig, type LoadedConfig } from '../config/load-config';
import { listen } from '../listen';
import type { OpenRcmConfig } from '../config/openrcm-config';
import type { CommandOutput } from './command-output';
import { DemoApi } from './demo/demo-api';
import { openDemoExchange, type DemoExchange } from './demo/demo-exchange';
import { demoOrganization, markDemoFinished, signInDemoLoader, type DemoOrganization } from './demo/demo-organization';
import { DEMO_ADMIN_EMAIL, DEMO_ORGANIZATION_NAME, DEMO_TIME_ZONE, DEMO_VISITS } from './demo/demo-practice';
import { printExchange, printStanding, printSubmission, printVisits } from './demo/demo-report';
import { setUpDemoPractice } from './demo/demo-setup';
import { submitAndCollect } from './demo/demo-submission';
import { runVisit, type VisitOutcome } from './demo/demo-visit';
import { printPatientBalances, runPatientBalances } from './demo/demo-patient-balances';
import { startFakePaymentProcessor, type FakePaymentProcessor } from '@openrcm/simulator';

export interface DemoOptions {
  /** Stop once the cycle is printed instead of serving. */
  readonly exit?: boolean;
  /** The exchange folder (default `./.openrcm/demo-exchange`). */
  readonly exchangeDir?: string;
}

/** A running demo: the server (while it serves) and the payer simulator. */
export interface RunningDemo {
  readonly app: INestApplication;
  readonly exchange: DemoExchange;
  close(): Promise<void>;
}

const CLEARINGHOUSE_MODULE = '@openrcm/plugin-clearinghouse-generic';
const KPI_REPORTS_MODULE = '@openrcm/plugin-kpi-reports';
const STATEMENTS_MODULE = '@openrcm/plugin-patient-statements';
const PAYMENT_GATEWAY_MODULE = '@openrcm/simulator/payment-gateway';
const QUIETER_THAN_WARN: ReadonlySet<string> = new Set(['warn', 'error', 'fatal', 'silent']);

/**
 * `openrcm demo`: boots on the configured database (embedded by default) with the generic clearinghouse on the folder
 * transport into the exchange folder and the payer simulator answering there, creates the demo practice (once: a
 * later run finds it through `<exchange>/demo.json` and prints where it stands), runs today's visits through claims to
 * the simulator and back, and prints what happened. Serves afterwards unless `exit`: resolves the running demo, or
 * undefined once closed.
 */
export async function runDemo(loaded: LoadedConfig, options: DemoOptions, output: CommandOutput, cwd = process.cwd()): Promise<RunningDemo | undefined> {
  const folder = resolve(cwd, options.exchangeDir ?? '.openrcm/demo-exchange');
  let serving = false;
  const exchange = await openDemoExchange(folder, {
    // While serving, claims sent from the web app are answered too: say so, as `openrcm-sim serve` does.
    onResult: (file, result) => {
      if (serving) output.info(`payer simulator: ${file} ${result.kind}`);
    },
    onError: (file, error) => output.error(`payer simulator: ${file}: ${error.message}`),
  });
  let app: INestApplication | undefined;
  // The fake card processor the demo's payment gateway talks to (a patient pays a statement through it).
  const processor = await startFakePaymentProcessor();
  try {
    const config = demoConfig(loaded.config, exchange, processor, options.exit === true);
    const server = await createServer(toCoreConfig(config, true));
    app = server;
    serveAdminApp(server);
    const url = await listen(app, config.http.port, config.http.host);
    output.info(`OpenRCM demo on ${config.database.url ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.database.dataDir}`}`);
    const organization = await demoOrganization(app, folder);
    await runOnce(app, url, organization, exchange, config.mail.outboxDir, output);
    printSignIn(organization, options.exit ? undefined : url, output);
  } catch (error) {
    await app?.close();
    await exchange.simulator.close();
    await processor.close();
    throw error;
  }
  const running: RunningDemo = { app, exchange, close: async () => { await app.close(); await exchange.simulator.close(); await processor.close(); } };
  serving = !options.exit;
  if (serving) return running;
  await running.close();
  return undefined;
}

async function runOnce(app: INestApplication, url: string, organization: DemoOrganization, exchange: DemoExchange, outboxDir: string, output: CommandOutput): Promise<void> {
  const api = new DemoApi(url);
  const loader = await signInDemoLoader(app, api, organization.id);
  const base = `/api/organizations/${organization.id}`;
  try {
    output.info('');
    if (!organization.created) {
      output.info(`${DEMO_ORGANIZATION_NAME} is already here (organization ${organization.id}); where it stands:`);
      if (!organization.finished) output.info('  (its first run stopped half-way: for a clean demo, use a new data directory and exchange folder)');
    } else {
      output.info(`Created ${DEMO_ORGANIZATION_NAME} (organization ${organization.id}): a location, a group and two doctors, two payers, codes and fees.`);
      const dateOfService = practiceToday();
      const setup = await setUpDemoPractice(api, base, '2026-01-01');
      const visits: VisitOutcome[] = [];
      for (const visit of DEMO_VISITS) visits.push(await runVisit(api, base, setup, visit, dateOfService));
      const released = visits.flatMap((visit) => (visit.claim && !visit.stoppedAt ? [visit.claim.id] : []));
      const submission = await submitAndCollect(api, base, released, exchange);
      const balances = await runPatientBalances(api, url, base, exchange.folder, dateOfService);
      await markDemoFinished(exchange.folder);
      output.info('');
      printSubmission(submission, output);
      output.info('');
      await printVisits(api, base, visits, output);
      output.info('');
      printPatientBalances(balances, outboxDir, output);
    }
    output.info('');
    await printStanding(api, base, output);
    output.info('');
    await printExchange(exchange, output);
  } finally {
    await loader.done();
  }
}

function printSignIn(organization: DemoOrganization, url: string | undefined, output: CommandOutput): void {
  output.info('');
  output.info(url ? `Sign in to the admin app at ${url}/admin (API docs ${url}/api/docs); Ctrl-C stops the demo.` : 'Sign in: run `openrcm start` on the same data directory.');
  output.info(`  sign in as  ${DEMO_ADMIN_EMAIL}`);
  if (organization.oneTimePassword) {
    output.info(`  one-time password  ${organization.oneTimePassword}`);
    output.info('  (shown only now; you will choose a new password and set up an authenticator app at first sign-in)');
  } else {
    output.info('  (with the password you chose; the one-time password was shown when the demo first ran)');
  }
}

/**
 * The configuration with the generic clearinghouse on the exchange folder, the KPI reports, patient statements and the
 * simulator's payment gateway on the demo's fake processor (replacing any configured ones).
 */
function demoConfig(config: OpenRcmConfig, exchange: DemoExchange, processor: FakePaymentProcessor, exit: boolean): OpenRcmConfig {
  const clearinghouse = { module: CLEARINGHOUSE_MODULE, settings: { transport: { type: 'folder', outbox: exchange.outbox, inbox: exchange.inbox } } };
  const replaced = new Set([CLEARINGHOUSE_MODULE, KPI_REPORTS_MODULE, STATEMENTS_MODULE, PAYMENT_GATEWAY_MODULE]);
  return {
    ...config,
    plugins: [
      ...config.plugins.filter((plugin) => !replaced.has(plugin.module)),
      clearinghouse,
      { module: KPI_REPORTS_MODULE },
      { module: STATEMENTS_MODULE },
      { module: PAYMENT_GATEWAY_MODULE, settings: { baseUrl: processor.url } },
    ] as OpenRcmConfig['plugins'],
    // With --exit nobody signs in: listen on a free port of the loopback only, so a running server is no obstacle.
    http: exit ? { ...config.http, host: '127.0.0.1', port: 0 } : config.http,
    // The summary is the demo's output: request logs would bury it, so nothing below warnings is logged.
    logLevel: QUIETER_THAN_WARN.has(config.logLevel) ? config.logLevel : 'warn',
  };
}

/** Today where the practice is, or in UTC if that is earlier (the simulator refuses a date of service after its UTC today). */
function practiceToday(now = new Date()): string {
  const local = new Intl.DateTimeFormat('en-CA', { timeZone: DEMO_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const utc = now.toISOString().slice(0, 10);
  return local < utc ? local : utc;
}
