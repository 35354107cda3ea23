import { createAppContext, OpenArImportService, OperatorScope, OrganizationService, type OpenArImportResult } from '@openrcm/core';
import type { RequestContext } from '@openrcm/sdk';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { toCoreConfig, type LoadedConfig } from '../config/load-config';
import type { CommandOutput } from './command-output';
import { dollars } from './text-table';

/** The options of `openrcm import 837p`. */
export interface Import837POptions {
  readonly org?: string;
  readonly json?: boolean;
}

/**
 * Imports another system's open A/R from its 837P into the organization named by `--org` (or the only one), as the
 * system actor `cli:<user>`, and prints what was imported and each claim skipped with its position and reasons.
 * Returns the exit code: 0 when every claim was imported or already there, 1 when a claim was skipped for a fault.
 */
export async function runImport837P(loaded: LoadedConfig, file: string, options: Import837POptions, output: CommandOutput): Promise<number> {
  const app = await createAppContext(toCoreConfig({ ...loaded.config, logLevel: 'warn' }, false));
  try {
    const organization = await app.get(OrganizationService).resolveForCli(options.org);
    const context: RequestContext = { organizationId: organization.id, actor: { type: 'system', id: `cli:${userInfo().username}` }, roles: ['admin'], correlationId: randomUUID() };
    const text = await readFile(file, 'utf8');
    const result = await app.get(OperatorScope).run(context, () => app.get(OpenArImportService).import(context, text));
    if (options.json) output.info(JSON.stringify(result, null, 2));
    else printResult(result, `${organization.name} from ${file}`, output);
    return result.claims.some((claim) => claim.outcome === 'skipped' && claim.reason !== 'already-imported') ? 1 : 0;
  } finally {
    await app.close();
  }
}

function printResult(result: OpenArImportResult, where: string, output: CommandOutput): void {
  output.info(`imported the open A/R of ${where}:`);
  output.info(`  ${result.claimsInFile} claims in the file: ${result.imported} imported (${result.linesImported} lines, ${dollars(result.chargeCentsImported)}), ${result.skipped} skipped`);
  const created = result.created;
  output.info(`  registered ${created.patients} patients, ${created.coverages} coverages, ${created.payers} payers, ${created.providers} providers, ${created.locations} locations`);
  output.info(`  ledger entries of this run: source conversion, source id ${result.runId}`);
  for (const claim of result.claims.filter((candidate) => candidate.outcome === 'skipped')) {
    output.info(`  skipped ${claim.patientControlNumber || '(no CLM01)'} at segment ${claim.segmentIndex} (byte ${claim.byteOffset}): ${claim.reason}`);
    for (const issue of claim.issues) output.info(`    ${issue.field}: ${issue.message}`);
  }
}
