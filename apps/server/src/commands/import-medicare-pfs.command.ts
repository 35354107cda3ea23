import { createAppContext, MedicarePfsImporter } from '@openrcm/core';
import { ValidationError } from '@openrcm/sdk';
import { userInfo } from 'node:os';
import { toCoreConfig, type LoadedConfig } from '../config/load-config';
import type { CommandOutput } from './command-output';
import type { ImportOptions } from './import.command';

/** The Medicare Physician Fee Schedule files `openrcm import` reads (installation-wide CMS data). */
export const MEDICARE_PFS_KINDS = ['rvu', 'gpci'] as const;
type MedicarePfsKind = (typeof MEDICARE_PFS_KINDS)[number];

/** Imports a CMS RVU (PPRRVU) or GPCI file for a payment year and prints how many rows it holds. */
export async function runMedicarePfsImport(loaded: LoadedConfig, kind: MedicarePfsKind, file: string, options: ImportOptions, output: CommandOutput): Promise<void> {
  const year = Number(options.year);
  if (!options.year || !Number.isInteger(year) || year < 1992 || year > 2100) {
    throw new ValidationError([{ field: 'year', message: `a ${kind} file needs --year, the payment year it is for (e.g. 2025)` }]);
  }
  const app = await createAppContext(toCoreConfig({ ...loaded.config, logLevel: 'warn' }, false));
  try {
    const importer = app.get(MedicarePfsImporter);
    const importOptions = { year, importedBy: `cli:${userInfo().username}`, ...(options.effectiveDate ? { effectiveFrom: options.effectiveDate } : {}) };
    const summary = kind === 'rvu' ? await importer.importRvuFile(file, importOptions) : await importer.importGpciFile(file, importOptions);
    output.info(`imported the Medicare ${kind.toUpperCase()} file for ${summary.year} (effective ${summary.effectiveFrom}) from ${file}:`);
    output.info(`  ${summary.rows.toLocaleString('en-US')} rows${summary.replaced > 0 ? `, replacing ${summary.replaced.toLocaleString('en-US')} of the same release` : ''}`);
  } finally {
    await app.close();
  }
}
