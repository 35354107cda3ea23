import { ValidationError } from '@openrcm/sdk';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeEntry } from './code-entry';
import { readCptFile } from './cpt.reader';

// Made-up wording: CPT descriptors are the AMA's and never appear in this repository.
function file(lines: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'cpt-')), 'cpt.csv');
  writeFileSync(path, `\uFEFF${lines.join('\n')}\n`);
  return path;
}

async function read(path: string): Promise<CodeEntry[]> {
  const entries: CodeEntry[] = [];
  for await (const entry of readCptFile(path)) entries.push(entry);
  return entries;
}

describe('CPT from a clinic-supplied file', () => {
  it('reads code,description in any case, with category II, III and PLA codes', async () => {
    const path = file(['Code,Description', '99213,"office visit, established, low"', '3074f,recent systolic pressure under 130', '0042T,perfusion imaging study', '0001U,lab panel (made-up)', '']);
    expect(await read(path)).toEqual([
      { code: '99213', description: 'office visit, established, low' },
      { code: '3074F', description: 'recent systolic pressure under 130' },
      { code: '0042T', description: 'perfusion imaging study' },
      { code: '0001U', description: 'lab panel (made-up)' },
    ]);
  });

  it('reads vendor headers (tab-separated, other columns ignored), preferring the short descriptor', async () => {
    const path = file(['CPT Code\tLong Descriptor\tShort Descriptor\tStatus', '99214\toffice visit for an established patient, moderate\toffice visit, established, moderate\tactive']);
    expect(await read(path)).toEqual([{ code: '99214', description: 'office visit, established, moderate' }]);
  });

  it.each([
    [['code,description', '9921,too short'], 'line 2: expected a CPT code (four digits, then a digit, F, T or U) in column "code", found "9921"'],
    [['code,description', 'A0021,a HCPCS code'], 'line 2: expected a CPT code (four digits, then a digit, F, T or U) in column "code", found "A0021"'],
    [['code,description', '99213,'], 'line 2: the description (column "description") is empty'],
    [['code,description', '99213,"unterminated'], 'line 2: a quoted field is not closed on this line'],
    [['code,description', '99213,office visit', '', '99213,again'], 'line 4: code 99213 appears twice'],
    [['99213,office visit'], 'line 1: expected a header line naming the code column (one of: code, cpt code'],
  ])('refuses %p naming the line', async (lines, message) => {
    await expect(read(file(lines))).rejects.toThrow(ValidationError);
    await expect(read(file(lines))).rejects.toThrow(message);
  });
});
