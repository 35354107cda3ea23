import { createAppContext, LedgerReportService, OrganizationService, type LedgerSummary, type LedgerVerification, type RemittanceTotals } from '@openrcm/core';
import type { RequestContext } from '@openrcm/sdk';
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { toCoreConfig, type LoadedConfig } from '../config/load-config';
import type { CommandOutput } from './command-output';
import { dollars, textTable } from './text-table';

/** The options of `openrcm ledger verify` and `openrcm ledger summary`. */
export interface LedgerOptions {
  readonly organization?: string;
  readonly json?: boolean;
}

type Reports = { readonly name: string; readonly context: RequestContext; readonly reports: LedgerReportService };

/** Runs `work` for the organization named, or for each organization of the installation. */
async function forOrganizations<T>(loaded: LoadedConfig, organizationId: string | undefined, work: (reports: Reports) => Promise<T>): Promise<T[]> {
  const app = await createAppContext(toCoreConfig({ ...loaded.config, logLevel: 'warn' }, false));
  try {
    const organizations = app.get(OrganizationService);
    const targets = organizationId ? [await organizations.get(organizationId)] : await organizations.all();
    const results: T[] = [];
    for (const organization of targets) {
      const context: RequestContext = { organizationId: organization.id, actor: { type: 'system', id: `cli:${userInfo().username}` }, roles: ['admin'], correlationId: randomUUID() };
      results.push(await work({ name: organization.name, context, reports: app.get(LedgerReportService) }));
    }
    return results;
  } finally {
    await app.close();
  }
}

/** `openrcm ledger verify`: every check of every organization (or the one); exit code 0 when nothing broke, else 1. */
export async function runLedgerVerify(loaded: LoadedConfig, options: LedgerOptions, output: CommandOutput): Promise<number> {
  const results = await forOrganizations(loaded, options.organization, async ({ name, context, reports }) => ({ name, verification: await reports.verify(context) }));
  if (options.json) output.info(JSON.stringify(results.map((result) => result.verification), null, 2));
  else for (const { name, verification } of results) printVerification(name, verification, output);
  const broken = results.filter((result) => result.verification.violations.length > 0).length;
  if (!options.json) output.info(broken === 0 ? `ledger verified: ${results.length} organizations, no violation` : `ledger verify: ${broken} of ${results.length} organizations have violations`);
  return broken === 0 ? 0 : 1;
}

function printVerification(name: string, verification: LedgerVerification, output: CommandOutput): void {
  output.info(`${name} (${verification.organizationId}): ${verification.entries} entries`);
  for (const check of verification.checks) {
    const violation = verification.violations.find((candidate) => candidate.check === check);
    output.info(`  ${violation ? 'FAIL' : 'ok  '} ${check}`);
    if (violation) output.info(`       ${violation.message}: ${violation.ids.length} rows (${violation.ids.slice(0, 10).join(', ')}${violation.ids.length > 10 ? ', …' : ''})`);
  }
}

/** `openrcm ledger summary`: the totals of every organization (or the one), as tables in dollars or as JSON in cents. */
export async function runLedgerSummary(loaded: LoadedConfig, options: LedgerOptions, output: CommandOutput): Promise<void> {
  const results = await forOrganizations(loaded, options.organization, async ({ name, context, reports }) => ({ name, summary: await reports.summary(context) }));
  if (options.json) {
    output.info(JSON.stringify(results.map((result) => result.summary), null, 2));
    return;
  }
  for (const { name, summary } of results) printSummary(name, summary, output);
}

function printSummary(name: string, summary: LedgerSummary, output: CommandOutput): void {
  const print = (lines: string[]) => lines.forEach((line) => output.info(`  ${line}`));
  output.info(`${name} (${summary.organizationId}): ${summary.entries} entries, ${dollars(summary.balanceCents)} owed by payers and patients`);
  output.info('');
  print(textTable(['entry kind', 'entries', 'amount'], summary.byKind.map((row) => [row.kind, String(row.entries), dollars(row.amountCents)]), [1, 2]));
  for (const payer of summary.remittancesByPayer) {
    output.info('');
    output.info(`  remittances of ${payer.payerName}${payer.payerRecordId ? ` (${payer.payerRecordId})` : ''}`);
    printRemittances(payer, print);
  }
  output.info('');
  output.info('  remittances, all payers');
  printRemittances(summary.remittanceTotals, print);
  output.info('');
  print(textTable(['provider-level entry', 'reason', 'entries', 'amount'], summary.providerEntries.map((row) => [row.kind, row.reasonCode ?? '', String(row.entries), dollars(row.amountCents)]), [2, 3]));
  output.info('');
  print(textTable(['claim state', 'claims'], summary.claimsByState.map((row) => [row.state, String(row.claims)]), [1]));
  output.info('');
}

function printRemittances(totals: RemittanceTotals, print: (lines: string[]) => void): void {
  print([`${totals.remittances} posted, ${dollars(totals.paymentCents)} received (BPR02), ${dollars(totals.paidCents)} paid on claims (CLP04)`]);
  print(
    textTable(
      ['CAS', 'amount', 'adjusted off', 'denied (open)', 'transferred'],
      totals.adjustments.map((row) => [`${row.groupCode}-${row.reasonCode}`, dollars(row.amountCents), dollars(row.adjustedOffCents), dollars(row.deniedCents), dollars(row.transferredCents)]),
      [1, 2, 3, 4],
    ),
  );
  print(textTable(['PLB', 'amount'], totals.providerAdjustments.map((row) => [row.reasonCode, dollars(row.amountCents)]), [1]));
}
