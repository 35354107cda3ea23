import { ValidationError } from '@openrcm/sdk';
import type { CodeEntry, LocatedCodeEntry } from './code-entry';

/** Passes a file's codes on, refusing a code that appears twice (naming the line of the second). */
export async function* uniqueCodes(entries: AsyncIterable<LocatedCodeEntry>): AsyncGenerator<CodeEntry> {
  const seen = new Set<string>();
  for await (const { code, description, lineNumber } of entries) {
    if (seen.has(code)) throw new ValidationError([{ field: `line ${lineNumber}`, message: `code ${code} appears twice` }]);
    seen.add(code);
    yield { code, description };
  }
}
