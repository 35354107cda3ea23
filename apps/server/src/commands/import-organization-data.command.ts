import { createAppContext, FeeScheduleService, OrganizationService, PayerImporter } from '@openrcm/core';
import { ValidationError, type RequestContext } from '@openrcm/sdk';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { toCoreConfig, type LoadedConfig } from '../config/load-config';
import type { CommandOutput } from './command-output';
import type { ImportOptions } from './import.command';

/** What `openrcm import` reads into one organization: its payer list and a fee schedule's entries. */
export const ORGANIZATION_IMPORT_KINDS = ['payers', 'fee-schedule'] as const;
type OrganizationImportKind = (typeof ORGANIZATION_IMPORT_KINDS)[number];

/**
 * Imports an organization's payer list or a fee schedule's entries as the system actor `cli:<user>` in the organization
 * named by `--org` (or the only one), through the same services as the API.
 */
export async function runOrganizationImport(loaded: LoadedConfig, kind: OrganizationImportKind, file: string, options: ImportOptions, output: CommandOutput): Promise<void> {
  if (kind === 'fee-schedule' && !options.schedule) {
    throw new ValidationError([{ field: 'schedule', message: 'a fee-schedule import needs --schedule <id> (GET /api/organizations/:organizationId/fee-schedules)' }]);
  }
  const app = await createAppContext(toCoreConfig({ ...loaded.config, logLevel: 'warn' }, false));
  try {
    const organization = await app.get(OrganizationService).resolveForCli(options.org);
    const context: RequestContext = { organizationId: organization.id, actor: { type: 'system', id: `cli:${userInfo().username}` }, roles: [], correlationId: randomUUID() };
    if (kind === 'payers') {
      const summary = await app.get(PayerImporter).import(context, await readFile(file, 'utf8'));
      output.info(`imported the payer list into ${organization.name} from ${file}:`);
      output.info(`  ${summary.total} payers in the file: ${summary.added} added, ${summary.changed} changed, ${summary.unchanged} unchanged`);
      return;
    }
    const summary = await app.get(FeeScheduleService).importEntriesFile(context, options.schedule as string, file);
    output.info(`imported fee schedule ${options.schedule} of ${organization.name} from ${file}:`);
    output.info(`  ${summary.total} entries in the file: ${summary.added} added, ${summary.changed} changed, ${summary.removed} removed`);
  } finally {
    await app.close();
  }
}
