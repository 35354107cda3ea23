import { CODE_SET_FORMATS, CodeSetImporter, createAppContext } from '@openrcm/core';
import { ValidationError } from '@openrcm/sdk';
import { existsSync } from 'node:fs';
import { toCoreConfig, type LoadedConfig } from '../config/load-config';
import type { CommandOutput } from './command-output';

/** The reference-data kinds `openrcm import` reads today. */
export const IMPORT_KINDS = Object.keys(CODE_SET_FORMATS);

const PROGRESS_EVERY = 10_000;

/** Imports a code-set release and prints progress and what it added, changed and retired. */
export async function runImport(loaded: LoadedConfig, kind: string, file: string, effectiveDate: string, output: CommandOutput): Promise<void> {
  const format = CODE_SET_FORMATS[kind];
  if (!format) throw new ValidationError([{ field: 'kind', message: `"${kind}" is not importable yet; supported: ${IMPORT_KINDS.join(', ')}` }]);
  if (!existsSync(file)) throw new ValidationError([{ field: 'file', message: `${file} does not exist` }]);
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
