import { ValidationError } from '@openrcm/sdk';
import type { CodeEntry, LocatedCodeEntry, ReleaseInfo } from './code-entry';
import { delimiterOf, splitDelimitedLine } from './delimited-line';
import { headerKey, readHeaderedCodes, type HeaderedCodeLayout } from './headered-codes.reader';
import { isoDateOf } from './release-date';
import { readReleaseLines } from './release-lines.reader';
import { uniqueCodes } from './unique-codes';

/** HCPCS Level II: a letter A–V, then four digits. */
export const HCPCS_CODE = /^[A-V]\d{4}$/;

/** Header names of the code column in a CSV layout (the xlsx-derived `HCPC`, the PFS RVU file's `HCPCS`). */
export const HCPCS_CODE_HEADERS = ['hcpc', 'hcpcs', 'hcpcs code', 'code'] as const;

/** Header names of the description column, the short description first. */
export const HCPCS_DESCRIPTION_HEADERS = ['short description', 'short descriptor', 'description', 'long description'] as const;

/** A parsed line of the CMS fixed-width file: a procedure's first line, its continuation, or a modifier line. */
export type AnwebRecord =
  | { readonly kind: 'procedure'; readonly code: string; readonly shortDescription: string; readonly terminationDate: string | null }
  | { readonly kind: 'continuation'; readonly code: string }
  | { readonly kind: 'modifier' };

function refuse(lineNumber: number, message: string): never {
  throw new ValidationError([{ field: `line ${lineNumber}`, message }]);
}

/**
 * Parses one line of the CMS alpha-numeric HCPCS file (`HCPC20xx_<MON>_ANWEB_*.txt`, 320-column records, trailing
 * blanks often trimmed), per CMS's record layout: code in columns 1–5, sequence number 6–10, record identification
 * code 11 (3 = a procedure's first line, 4 = a continuation of its long description, 7/8 = modifier lines), long
 * description 12–91, short description 92–119, …, termination date 285–292 (YYYYMMDD), action code 293.
 */
export function parseAnwebLine(line: string, lineNumber: number): AnwebRecord | undefined {
  if (line.trim() === '') return undefined;
  if (line.length < 11) refuse(lineNumber, `expected a fixed-width HCPCS record (record identification code in column 11), the line has ${line.length} characters`);
  const recordId = line.charAt(10);
  if (!['3', '4', '7', '8'].includes(recordId)) {
    refuse(lineNumber, `expected a record identification code of 3, 4, 7 or 8 in column 11, found "${recordId}"`);
  }
  if (recordId === '7' || recordId === '8') return { kind: 'modifier' };
  const code = line.slice(0, 5);
  if (!HCPCS_CODE.test(code)) refuse(lineNumber, `expected a HCPCS Level II code (a letter A–V, then four digits) in columns 1–5, found "${code.trim()}"`);
  if (recordId === '4') return { kind: 'continuation', code };
  const shortDescription = line.slice(91, 119).trim() || line.slice(11, 91).trim();
  if (shortDescription === '') refuse(lineNumber, `both descriptions (columns 12–91 and 92–119) of ${code} are empty`);
  const termination = line.slice(284, 292).trim();
  const terminationDate = termination === '' ? null : isoDateOf(termination);
  if (terminationDate === undefined) refuse(lineNumber, `expected the termination date of ${code} in columns 285–292 as YYYYMMDD, found "${termination}"`);
  return { kind: 'procedure', code, shortDescription, terminationDate };
}

async function* readAnweb(file: string, release: ReleaseInfo): AsyncGenerator<LocatedCodeEntry> {
  let current: string | undefined;
  for await (const { text, lineNumber } of readReleaseLines(file, 'latin1')) {
    const record = parseAnwebLine(text, lineNumber);
    if (!record || record.kind === 'modifier') continue;
    if (record.kind === 'continuation') {
      if (record.code !== current) refuse(lineNumber, `a continuation line (record identification code 4) of ${record.code} that does not follow its first line`);
      continue;
    }
    current = record.code;
    // The termination date is the last day a code may be billed: one ended before this release is not part of it.
    if (record.terminationDate !== null && record.terminationDate < release.effectiveDate) continue;
    yield { code: record.code, description: record.shortDescription, lineNumber };
  }
}

function csvLayout(release: ReleaseInfo): HeaderedCodeLayout {
  return {
    codeHeaders: HCPCS_CODE_HEADERS,
    descriptionHeaders: HCPCS_DESCRIPTION_HEADERS,
    codePattern: HCPCS_CODE,
    codeDescription: 'a HCPCS Level II code (a letter A–V, then four digits)',
    // The PFS RVU file lists a few codes without a description (M1389 in January 2025): the code is still valid.
    allowEmptyDescription: true,
    leaveOut: (cellOf, lineNumber) => {
      // The PFS RVU file repeats a code per priced modifier (26, TC, 53); the xlsx layout has continuation rows.
      if (cellOf('mod') !== '' || !['', '3'].includes(cellOf('recid'))) return true;
      const termination = cellOf('term dt');
      if (termination === '') return false;
      const terminationDate = isoDateOf(termination);
      if (!terminationDate) refuse(lineNumber, `expected the termination date (column "TERM DT") as YYYYMMDD or MM/DD/YYYY, found "${termination}"`);
      return terminationDate < release.effectiveDate;
    },
  };
}

/** Whether a file is a CSV/tab layout: its first line that is not blank or a `#` comment names a HCPCS code column. */
async function isDelimited(file: string): Promise<boolean> {
  for await (const { text, lineNumber } of readReleaseLines(file)) {
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    if (!/[,\t]/.test(text)) return false;
    const names = splitDelimitedLine(text, delimiterOf(text), lineNumber).map(headerKey);
    return HCPCS_CODE_HEADERS.some((header) => names.includes(header));
  }
  return false;
}

/**
 * Reads a HCPCS Level II release: the CMS fixed-width `ANWEB` text file, or a CSV/tab file with a header line naming
 * the code (`HCPC`, `HCPCS`) and description (`SHORT DESCRIPTION`, `DESCRIPTION`) columns — the xlsx of the same
 * release saved as CSV, or the PFS RVU file. Either way the short description is kept (the long one when it has none), modifier lines are left to
 * the `modifiers` code set, and a code terminated before the release's effective date is left out.
 */
export async function* readHcpcsFile(file: string, release: ReleaseInfo): AsyncGenerator<CodeEntry> {
  const entries = (await isDelimited(file)) ? readHeaderedCodes(file, csvLayout(release)) : readAnweb(file, release);
  yield* uniqueCodes(entries);
}
