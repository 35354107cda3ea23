import * as core from '@openrcm/core';
import { OpenRcmError, ValidationError } from '@openrcm/sdk';
import { Command } from 'commander';
import { consoleOutput, type CommandOutput } from './commands/command-output';
import { runBackup } from './commands/backup.command';
import { runDemo } from './commands/demo.command';
import { runLedgerSummary, runLedgerVerify, type LedgerOptions } from './commands/ledger.command';
import { IMPORT_KINDS, runImport, type ImportOptions } from './commands/import.command';
import { runMigrations } from './commands/migrate.command';
import { runRestore } from './commands/restore.command';
import { listPlugins } from './commands/plugins-list.command';
import { startServer } from './commands/start.command';
import { createAdministrator } from './commands/users-create-admin.command';
import { startWorker } from './commands/worker.command';
import { loadConfig } from './config/load-config';

/**
 * The `openrcm` command line. Long-running commands (start, worker) resolve undefined and keep the process alive;
 * the others resolve their exit code. Errors print one clear message (each bad field on its own line) and exit 1.
 */
export async function runCli(
  argv: readonly string[],
  output: CommandOutput = consoleOutput,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number | undefined> {
  const program = new Command('openrcm').description('OpenRCM revenue-cycle server').option('-c, --config <file>', 'configuration file (default ./openrcm.config.ts)');
  let result: number | undefined = 0;
  const config = () => loadConfig(program.opts<{ config?: string }>().config, env);

  program
    .command('start')
    .description('run the server on embedded defaults or the configured database and Redis')
    .option('--no-work', 'serve the API only; leave jobs to `openrcm worker` processes')
    .action(async (options: { work: boolean }) => {
      await startServer(await config(), options, output);
      result = undefined;
    });
  program
    .command('worker')
    .description('run job workers only (scale out beside API processes)')
    .action(async () => {
      await startWorker(await config(), output);
      result = undefined;
    });
  program
    .command('demo')
    .description('create a demo practice, run its claims to the payer simulator and back, print what happened, then serve')
    .option('--exit', 'stop after printing instead of serving')
    .option('--exchange-dir <dir>', 'where the X12 files exchanged are kept (default ./.openrcm/demo-exchange)')
    .action(async (options: { exit?: boolean; exchangeDir?: string }) => {
      const running = await runDemo(await config(), options, output);
      if (running) result = undefined;
    });
  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(async () => {
      await runMigrations(await config(), output);
    });
  program
    .command('backup')
    .description('back up the embedded database to a file (encrypted with the current key); PostgreSQL: use pg_dump')
    .argument('<file>', 'archive to write')
    .option('--no-encrypt', 'write the archive in clear')
    .action(async (file: string, options: { encrypt: boolean }) => {
      await runBackup(await config(), file, output, options, core, env);
    });
  program
    .command('restore')
    .description('restore the embedded database from an archive made by openrcm backup (stop the server first)')
    .argument('<file>', 'archive to read')
    .option('--force', 'replace a data directory that already holds data')
    .action(async (file: string, options: { force?: boolean }) => {
      await runRestore(await config(), file, output, options, core, env);
    });
  program
    .command('import')
    .description(`import reference data, an organization's payers and fees, another system's open A/R, or an 835 to post (${IMPORT_KINDS.join(', ')})`)
    .argument('<kind>', IMPORT_KINDS.join(' | '))
    .argument('<file>', 'the file to read (code sets: plain or .gz)')
    .option('--effective-date <date>', "code sets: the release's effective date, YYYY-MM-DD (FY2026 ICD-10-CM: 2025-10-01); rvu/gpci: when the file takes effect")
    .option('--year <year>', 'rvu, gpci: the payment year the file is for')
    .option('--org <id>', 'payers, fee-schedule, 837p, 835: the organization (default: the only one)')
    .option('--schedule <id>', 'fee-schedule: the fee schedule whose entries the file replaces')
    .option('--json', '837p, 835: print the result as JSON (amounts in cents)')
    .action(async (kind: string, file: string, options: ImportOptions) => {
      result = (await runImport(await config(), kind, file, options, output)) ?? 0;
    });
  const ledger = program.command('ledger').description('the ledger: invariant checks and totals');
  ledger
    .command('verify')
    .description('recompute the ledger invariants from the entries for each organization (or one); exit 1 on any violation')
    .option('--organization <id>', 'only this organization')
    .option('--json', 'print the checks and violations as JSON')
    .action(async (options: LedgerOptions) => {
      result = await runLedgerVerify(await config(), options, output);
    });
  ledger
    .command('summary')
    .description('totals by entry kind, remittances by payer (paid, CAS by group and reason, PLB), provider-level entries, claims by state')
    .option('--organization <id>', 'only this organization')
    .option('--json', 'print the totals as JSON (integer cents)')
    .action(async (options: LedgerOptions) => {
      await runLedgerSummary(await config(), options, output);
    });
  program
    .command('plugins')
    .description('installed plugins')
    .command('list')
    .description('load, validate and list the installed plugins')
    .action(async () => {
      listPlugins(await config(), output);
    });

  program
    .command('users')
    .description('people who sign in')
    .command('create-admin')
    .description('create an administrator (and an organization for them) and print the one-time password')
    .requiredOption('--email <email>', 'sign-in e-mail address')
    .option('--name <name>', 'display name', 'Administrator')
    .option('--organization <id>', 'make them administrator of this existing organization')
    .option('--organization-name <name>', 'create a new organization with this name (default "My Practice")')
    .option('--time-zone <zone>', "the new organization's IANA time zone", 'America/New_York')
    .action(async (options: { email: string; name: string; organization?: string; organizationName?: string; timeZone: string }) => {
      await createAdministrator(
        await config(),
        {
          email: options.email,
          name: options.name,
          timeZone: options.timeZone,
          ...(options.organization ? { organizationId: options.organization } : {}),
          ...(options.organizationName ? { organizationName: options.organizationName } : {}),
        },
        output,
      );
    });

  program.exitOverride();
  program.configureOutput({ writeOut: (text) => output.info(text.trimEnd()), writeErr: (text) => output.error(text.trimEnd()) });
  try {
    await program.parseAsync([...argv]);
    return result;
  } catch (error) {
    return reportFailure(error, output);
  }
}

function reportFailure(error: unknown, output: CommandOutput): number {
  const exitCode = (error as { exitCode?: number }).exitCode;
  if ((error as { code?: string }).code?.startsWith('commander.')) return exitCode ?? 1;
  if (error instanceof ValidationError) {
    output.error('openrcm: invalid configuration or input:');
    for (const issue of error.issues) output.error(`  ${issue.field}: ${issue.message}`);
  } else if (error instanceof OpenRcmError || error instanceof Error) {
    output.error(`openrcm: ${error.message}`);
  } else {
    output.error(`openrcm: ${String(error)}`);
  }
  return 1;
}
