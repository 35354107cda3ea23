import { ValidationError } from '@openrcm/sdk';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CARC, DEFAULT_RARC } from './adjustment-code.defaults';
import { CARC_CODE, RARC_CODE, readAdjustmentCodeFile, type AdjustmentCodeList } from './adjustment-codes.reader';
import type { CodeEntry } from './code-entry';

const CARC: AdjustmentCodeList = { pattern: CARC_CODE, name: 'a claim adjustment reason code (1–3 letters or digits)' };
const RARC: AdjustmentCodeList = { pattern: RARC_CODE, name: 'a remark code (letters, then digits)' };

// Test rows use this project's own wording; the official descriptions are X12's.
function file(lines: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'carc-')), 'list.txt');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function read(path: string, list = CARC): Promise<CodeEntry[]> {
  const entries: CodeEntry[] = [];
  for await (const entry of readAdjustmentCodeFile(path, { effectiveDate: '2026-03-01' }, list)) entries.push(entry);
  return entries;
}

describe('CARC and RARC official list', () => {
  it('reads tab-separated rows with a header, optional dates, leaving out codes stopped before the release', async () => {
    const path = file([
      'Code\tDescription\tStart\tLast Modified\tStop',
      '1\tdeductible wording\t01/01/1995\t\t',
      'a1\tclaim denied wording\t01/01/1995\t11/01/2021\t',
      'P12\tworkers comp wording\t11/01/2017',
      '45\tallowed amount wording',
      'D1\ta code stopped long ago\t01/01/1995\t\t06/30/2007',
      'B7\tstops later this year\t01/01/1995\t\t12/31/2026',
    ]);
    expect(await read(path)).toEqual([
      { code: '1', description: 'deductible wording' },
      { code: 'A1', description: 'claim denied wording' },
      { code: 'P12', description: 'workers comp wording' },
      { code: '45', description: 'allowed amount wording' },
      { code: 'B7', description: 'stops later this year' },
    ]);
  });

  it('reads comma-separated rows with quoted descriptions, and RARC codes', async () => {
    const path = file(['N130,"see the plan, its limits",01/01/2002,03/01/2020', 'MA04,secondary needs primary info', 'M15,bundled wording']);
    expect(await read(path, RARC)).toEqual([
      { code: 'N130', description: 'see the plan, its limits' },
      { code: 'MA04', description: 'secondary needs primary info' },
      { code: 'M15', description: 'bundled wording' },
    ]);
  });

  it.each([
    [['1234\ttoo long'], CARC, 'line 1: expected a claim adjustment reason code (1–3 letters or digits) in the first field, found "1234"'],
    [['130N,digits first'], RARC, 'line 1: expected a remark code (letters, then digits) in the first field, found "130N"'],
    [['code,description', '45,'], CARC, 'line 2: the description of 45 is empty'],
    [['45\tallowed\t13/45/2020'], CARC, 'line 1: expected the start date of 45 as MM/DD/YYYY, found "13/45/2020"'],
    [['45\tallowed\t\t\t2020-02-30'], CARC, 'line 1: expected the stop date of 45 as MM/DD/YYYY, found "2020-02-30"'],
    [['45,allowed, not quoted,01/01/1995,,,'], CARC, 'line 1: expected at most 5 fields (code, description, start date, last modified, stop date), found 7'],
    [['45\tone', '45\ttwo'], CARC, 'line 2: code 45 appears twice'],
  ])('refuses %p naming the line', async (lines, list, message) => {
    await expect(read(file(lines), list)).rejects.toThrow(ValidationError);
    await expect(read(file(lines), list)).rejects.toThrow(message);
  });

  it('ships well-formed defaults: the common codes, each once, in plain wording', () => {
    expect(DEFAULT_CARC.map(([code]) => code)).toEqual(
      ['1', '2', '3', '4', '5', '11', '15', '16', '18', '22', '23', '24', '26', '27', '29', '31', '45', '50', '96', '97', '109', '119', '129', '140', '151', '167', '170', '181', '182', '185', '197', '198', '204', '226', '227', '234', '236', '242', '252', '253'],
    );
    expect(DEFAULT_RARC.map(([code]) => code).sort()).toEqual(['M15', 'M20', 'M51', 'M76', 'MA04', 'MA130', 'N115', 'N130', 'N290', 'N30', 'N362', 'N386', 'N4', 'N432', 'N479', 'N522', 'N640']);
    for (const [code, description] of DEFAULT_CARC) expect([code, CARC_CODE.test(code), description.length > 5]).toEqual([code, true, true]);
    for (const [code, description] of DEFAULT_RARC) expect([code, RARC_CODE.test(code), description.length > 5]).toEqual([code, true, true]);
  });
});
