import { ValidationError } from '@openrcm/sdk';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { CodeEntry } from './code-entry';

/**
 * Reads a tab-separated code list (`code<TAB>description`, an optional `code<TAB>…` header line), as CMS publishes
 * place-of-service codes and HCPCS modifiers; refuses a malformed line or a repeated code, naming the line.
 */
export async function* readTabSeparatedCodes(file: string, codePattern: RegExp, codeDescription: string): AsyncGenerator<CodeEntry> {
  const seen = new Set<string>();
  let lineNumber = 0;
  for await (const raw of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    lineNumber += 1;
    const line = raw.replace(/^\uFEFF/, '').trimEnd();
    if (line === '' || (lineNumber === 1 && /^code\t/i.test(line))) continue;
    const [code = '', description = ''] = line.split('\t').map((field) => field.trim());
    if (!codePattern.test(code) || description === '') {
      throw new ValidationError([{ field: `line ${lineNumber}`, message: `expected ${codeDescription}, a tab, a description` }]);
    }
    if (seen.has(code)) throw new ValidationError([{ field: `line ${lineNumber}`, message: `code ${code} appears twice` }]);
    seen.add(code);
    yield { code, description };
  }
}
