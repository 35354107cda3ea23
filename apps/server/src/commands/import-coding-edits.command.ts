import { CodingEditsImporter, createAppContext } from '@openrcm/core';
import { ValidationError } from '@openrcm/sdk';
import { userInfo } from 'node:os';
import { toCoreConfig, type LoadedConfig } from '../config/load-config';
import type { CommandOutput } from './command-output';
import type { ImportOptions } from './import.command';

/** The CMS coding-edit tables `openrcm import` reads (installation-wide): NCCI procedure-to-procedure edits and MUEs. */
export const CODING_EDIT_KINDS = ['ncci-ptp', 'mue'] as const;
type CodingEditKind = (typeof CODING_EDIT_KINDS)[number];

/** Imports a quarter's NCCI PTP or MUE table and prints what it added, changed and retired. */
export async function runCodingEditsImport(loaded: LoadedConfig, kind: CodingEditKind, file: string, options: ImportOptions, output: CommandOutput): Promise<void> {
  if (!options.effectiveDate) throw new ValidationError([{ field: 'effective-date', message: `a ${kind} table needs --effective-date YYYY-MM-DD (the quarter it takes effect)` }]);
  const app = await createAppContext(toCoreConfig({ ...loaded.config, logLevel: 'warn' }, false));
  try {
    const importer = app.get(CodingEditsImporter);
    const importOptions = { effectiveDate: options.effectiveDate, importedBy: `cli:${userInfo().username}` };
    const summary = kind === 'ncci-ptp' ? await importer.importPtp(file, importOptions) : await importer.importMue(file, importOptions);
    output.info(`imported the ${kind === 'mue' ? 'MUE' : 'NCCI PTP'} table effective ${summary.effectiveDate} from ${file}:`);
    output.info(`  ${summary.total.toLocaleString('en-US')} edits in the file: ${summary.added} added, ${summary.changed} changed, ${summary.retired} retired`);
  } finally {
    await app.close();
  }
}
