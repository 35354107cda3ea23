import { CODE_SET_FORMATS, CodeSetImporter, createAppContext } from '@openrcm/core';
import { ValidationError } from '@openrcm/sdk';
import { existsSync } from 'node:fs';
import { toCoreConfig, type LoadedConfig } from '../config/load-config';
import type { CommandOutput } from './command-output';
import { ORGANIZATION_IMPORT_KINDS, runOrganizationImport } from './import-organization-data.command';
import { CODING_EDIT_KINDS, runCodingEditsImport } from './import-coding-edits.command';
import { MEDICARE_PFS_KINDS, runMedicarePfsImport } from './import-medicare-pfs.command';
import { runImport835 } from './import-835.command';
import { runImport837P } from './import-837p.command';

/** The exchange files `openrcm import` reads into an organization: another system's 837P (open A/R conversion), an 835 to post. */
export const EXCHANGE_IMPORT_KINDS = ['837p', '835'] as const;

/**
 * Everything `openrcm import` reads: code-set releases, Medicare PFS files, CMS coding edits, an organization's payers
 * and fees, and exchange files.
 */
export const IMPORT_KINDS = [...Object.keys(CODE_SET_FORMATS), ...MEDICARE_PFS_KINDS, ...CODING_EDIT_KINDS, ...ORGANIZATION_IMPORT_KINDS, ...EXCHANGE_IMPORT_KINDS];

/** The options `openrcm import` takes; which ones a kind needs is checked by its importer. */
export interface ImportOptions {
  readonly effectiveDate?: string;
  readonly year?: string;
  readonly org?: string;
  readonly schedule?: string;
  /** 837p, 835: print the result as JSON. */
  readonly json?: boolean;
}

const PROGRESS_EVERY = 10_000;

/** Imports `file` as `kind` and prints what changed; an exchange file's import returns its exit code. */
export async function runImport(loaded: LoadedConfig, kind: string, file: string, options: ImportOptions, output: CommandOutput): Promise<number | void> {
  if (!IMPORT_KINDS.includes(kind)) throw new ValidationError([{ field: 'kind', message: `"${kind}" is not importable; supported: ${IMPORT_KINDS.join(', ')}` }]);
  if (!existsSync(file)) throw new ValidationError([{ field: 'file', message: `${file} does not exist` }]);
  if (kind === '837p') return runImport837P(loaded, file, options, output);
  if (kind === '835') return runImport835(loaded, file, options, output);
  if ((CODING_EDIT_KINDS as readonly string[]).includes(kind)) return runCodingEditsImport(loaded, kind as (typeof CODING_EDIT_KINDS)[number], file, options, output);
  if ((MEDICARE_PFS_KINDS as readonly string[]).includes(kind)) return runMedicarePfsImport(loaded, kind as (typeof MEDICARE_PFS_KINDS)[number], file, options, output);
  if ((ORGANIZATION_IMPORT_KINDS as readonly string[]).includes(kind)) {
    return runOrganizationImport(loaded, kind as (typeof ORGANIZATION_IMPORT_KINDS)[number], file, options, output);
  }
  if (!options.effectiveDate) throw new ValidationError([{ field: 'effective-date', message: `a ${kind} release needs --effective-date YYYY-MM-DD (FY2026 ICD-10-CM: 2025-10-01)` }]);
  return runCodeSetImport(loaded, kind, file, options.effectiveDate, output);
}

/** Imports a code-set release and prints progress and what it added, changed and retired. */
async function runCodeSetImport(loaded: LoadedConfig, kind: string, file: string, effectiveDate: string, output: CommandOutput): Promise<void> {
  const format = CODE_SET_FORMATS[kind] as (typeof CODE_SET_FORMATS)[string];
  const app = await createAppContext(toCoreConfig({ ...loaded.config, logLevel: 'warn' }, false));
  try {
    let reported = 0;
    const started = Date.now();
    const summary = await app.get(CodeSetImporter).import(kind, file, effectiveDate, 'cli', (read) => {
      if (read - reported >= PROGRESS_EVERY) {
        reported = read;
        output.info(`  read ${read.toLocaleString('en-US')} codes…`);
      }
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    output.info(`imported ${format.title} effective ${effectiveDate} from ${file} in ${seconds} s:`);
    output.info(`  ${summary.total.toLocaleString('en-US')} codes in the release`);
    output.info(`  ${summary.added.toLocaleString('en-US')} added, ${summary.changed.toLocaleString('en-US')} changed, ${summary.retired.toLocaleString('en-US')} retired`);
  } finally {
    await app.close();
  }
}
