import type { CodeEntry } from './code-entry';
import { readIcd10cmFile } from './icd10cm.parser';
import { readTabSeparatedCodes } from './tab-separated.parser';

/** A code set `openrcm import` reads, and how its release files are laid out. */
export interface CodeSetFormat {
  readonly codeSet: string;
  readonly title: string;
  read(file: string): AsyncIterable<CodeEntry>;
}

/** The importable code sets, by the name the CLI and the API use. */
export const CODE_SET_FORMATS: Readonly<Record<string, CodeSetFormat>> = {
  icd10cm: { codeSet: 'icd10cm', title: 'ICD-10-CM', read: readIcd10cmFile },
  pos: { codeSet: 'pos', title: 'place of service', read: (file) => readTabSeparatedCodes(file, /^\d{2}$/, 'a two-digit place-of-service code') },
  modifiers: { codeSet: 'modifiers', title: 'HCPCS modifiers', read: (file) => readTabSeparatedCodes(file, /^[A-Z0-9]{2}$/, 'a two-character modifier') },
};
