import { ValidationError } from '@openrcm/sdk';
import type { CodeEntry, LocatedCodeEntry, ReleaseInfo } from './code-entry';
import { delimiterOf, splitDelimitedLine, type Delimiter } from './delimited-line';
import { isoDateOf } from './release-date';
import { readReleaseLines } from './release-lines.reader';
import { uniqueCodes } from './unique-codes';

/** Claim adjustment reason codes: one to three letters or digits (`45`, `A1`, `P12`). */
export const CARC_CODE = /^[A-Z0-9]{1,3}$/;

/** Remittance advice remark codes: letters, then digits (`N130`, `M15`, `MA04`). */
export const RARC_CODE = /^[A-Z]{1,2}\d{1,3}$/;

/** The columns of the official list after the code, in order; all but the description optional. */
const COLUMNS = ['description', 'start date', 'last modified', 'stop date'] as const;

/** What the reader needs to know of a list: the code pattern and how to name it. */
export interface AdjustmentCodeList {
  readonly pattern: RegExp;
  readonly name: string;
}

function refuse(lineNumber: number, message: string): never {
  throw new ValidationError([{ field: `line ${lineNumber}`, message }]);
}

/**
 * Parses one row of the official CARC or RARC list as X12 offers it for download: `code`, `description`, then
 * optionally `start date`, `last modified` and `stop date` (MM/DD/YYYY), tab- or comma-separated (a description
 * holding commas is quoted). Returns the code and description, and the stop date when there is one.
 */
export function parseAdjustmentCodeRow(cells: readonly string[], lineNumber: number, list: AdjustmentCodeList): LocatedCodeEntry & { stopDate: string | null } {
  if (cells.length > 1 + COLUMNS.length) {
    refuse(lineNumber, `expected at most ${1 + COLUMNS.length} fields (code, ${COLUMNS.join(', ')}), found ${cells.length}; quote a description that holds commas`);
  }
  const [raw = '', description = '', ...dates] = cells;
  const code = raw.toUpperCase();
  if (!list.pattern.test(code)) refuse(lineNumber, `expected ${list.name} in the first field, found "${raw}"`);
  if (description === '') refuse(lineNumber, `the description of ${code} is empty`);
  const isoDates = dates.map((text, index) => {
    if (text === '') return null;
    const iso = isoDateOf(text);
    if (!iso) refuse(lineNumber, `expected the ${COLUMNS[index + 1]} of ${code} as MM/DD/YYYY, found "${text}"`);
    return iso;
  });
  return { code, description, lineNumber, stopDate: isoDates[2] ?? null };
}

async function* readRows(file: string, release: ReleaseInfo, list: AdjustmentCodeList): AsyncGenerator<LocatedCodeEntry> {
  let delimiter: Delimiter | undefined;
  for await (const { text, lineNumber } of readReleaseLines(file)) {
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const firstRow = delimiter === undefined;
    delimiter ??= delimiterOf(text);
    const cells = splitDelimitedLine(text, delimiter, lineNumber);
    if (firstRow && cells[0]?.toLowerCase() === 'code') continue;
    const row = parseAdjustmentCodeRow(cells, lineNumber, list);
    // A code stopped before the release's effective date is no longer in force: the release retires it.
    if (row.stopDate !== null && row.stopDate < release.effectiveDate) continue;
    yield { code: row.code, description: row.description, lineNumber };
  }
}

/** Reads the official CARC or RARC list (see {@link parseAdjustmentCodeRow}); a header line starting `code` is skipped. */
export function readAdjustmentCodeFile(file: string, release: ReleaseInfo, list: AdjustmentCodeList): AsyncIterable<CodeEntry> {
  return uniqueCodes(readRows(file, release, list));
}
