import type { CodeEntry } from './code-entry';
import { readHeaderedCodes, type HeaderedCodeLayout } from './headered-codes.reader';
import { uniqueCodes } from './unique-codes';

/** Header names accepted for the code column of a clinic's CPT file (compared without case). */
export const CPT_CODE_HEADERS = ['code', 'cpt code', 'cpt', 'cpt_code', 'cpt/hcpcs', 'procedure code', 'hcpcs'] as const;

/** Header names accepted for the description column, the shortest wording first (claims carry no description). */
export const CPT_DESCRIPTION_HEADERS = ['description', 'short descriptor', 'short description', 'medium descriptor', 'long descriptor', 'descriptor', 'long description'] as const;

/** Five characters: four digits, then a digit (category I), `F` (category II), `T` (category III) or `U` (PLA). */
export const CPT_CODE = /^\d{4}[0-9FTU]$/;

const CPT_LAYOUT: HeaderedCodeLayout = {
  codeHeaders: CPT_CODE_HEADERS,
  descriptionHeaders: CPT_DESCRIPTION_HEADERS,
  codePattern: CPT_CODE,
  codeDescription: 'a CPT code (four digits, then a digit, F, T or U)',
};

/**
 * Reads a clinic-supplied CPT file (CPT is licensed by the AMA and never shipped): comma- or tab-separated with a
 * header line naming the code and description columns (see {@link CPT_CODE_HEADERS}, {@link CPT_DESCRIPTION_HEADERS});
 * other columns are ignored.
 */
export function readCptFile(file: string): AsyncIterable<CodeEntry> {
  return uniqueCodes(readHeaderedCodes(file, CPT_LAYOUT));
}
