import { CARC_CODE, RARC_CODE, readAdjustmentCodeFile } from './adjustment-codes.reader';
import type { CodeEntry, ReleaseInfo } from './code-entry';
import { readCptFile } from './cpt.reader';
import { readHcpcsFile } from './hcpcs.reader';
import { readIcd10cmFile } from './icd10cm.parser';
import { readTabSeparatedCodes } from './tab-separated.parser';

/** A code set `openrcm import` and the import API read, and how its release files are laid out. */
export interface CodeSetFormat {
  readonly codeSet: string;
  readonly title: string;
  /** Whether claims bill with its codes (diagnoses, procedures); place of service, modifiers and CARC/RARC qualify them. */
  readonly billable: boolean;
  read(file: string, release: ReleaseInfo): AsyncIterable<CodeEntry>;
  /** A code as typed (`e11.9`) in the form the set stores (`E119`). */
  normalize(input: string): string;
}

const upperCase = (input: string) => input.trim().toUpperCase();

/** The importable code sets, by the name the CLI and the API use. */
export const CODE_SET_FORMATS: Readonly<Record<string, CodeSetFormat>> = {
  icd10cm: { codeSet: 'icd10cm', title: 'ICD-10-CM', billable: true, read: readIcd10cmFile, normalize: (input) => upperCase(input).replace('.', '') },
  hcpcs: { codeSet: 'hcpcs', title: 'HCPCS Level II', billable: true, read: readHcpcsFile, normalize: upperCase },
  cpt: { codeSet: 'cpt', title: 'CPT', billable: true, read: readCptFile, normalize: upperCase },
  pos: {
    codeSet: 'pos',
    title: 'place of service',
    billable: false,
    read: (file) => readTabSeparatedCodes(file, /^\d{2}$/, 'a two-digit place-of-service code'),
    normalize: upperCase,
  },
  modifiers: {
    codeSet: 'modifiers',
    title: 'HCPCS modifiers',
    billable: false,
    read: (file) => readTabSeparatedCodes(file, /^[A-Z0-9]{2}$/, 'a two-character modifier'),
    normalize: upperCase,
  },
  carc: {
    codeSet: 'carc',
    title: 'claim adjustment reason codes',
    billable: false,
    read: (file, release) => readAdjustmentCodeFile(file, release, { pattern: CARC_CODE, name: 'a claim adjustment reason code (1–3 letters or digits)' }),
    normalize: upperCase,
  },
  rarc: {
    codeSet: 'rarc',
    title: 'remittance advice remark codes',
    billable: false,
    read: (file, release) => readAdjustmentCodeFile(file, release, { pattern: RARC_CODE, name: 'a remark code (letters, then digits)' }),
    normalize: upperCase,
  },
};
