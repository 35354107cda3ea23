import { ValidationError } from '@openrcm/sdk';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anwebRecord } from '../../test/fixtures/anweb-record';
import type { CodeEntry } from './code-entry';
import { parseAnwebLine, readHcpcsFile } from './hcpcs.reader';

const RELEASE = { effectiveDate: '2026-01-01' };

function file(name: string, lines: string[], encoding: BufferEncoding = 'utf8'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'hcpcs-')), name);
  writeFileSync(path, `${lines.join('\r\n')}\r\n`, encoding);
  return path;
}

async function read(path: string): Promise<CodeEntry[]> {
  const entries: CodeEntry[] = [];
  for await (const entry of readHcpcsFile(path, RELEASE)) entries.push(entry);
  return entries;
}

describe('HCPCS Level II, CMS fixed-width (ANWEB) layout', () => {
  it('reads a procedure record with its short description and termination date', () => {
    const line = anwebRecord({ code: 'J1100', recordId: '3', longDescription: 'Injection, dexamethasone sodium phosphate, 1 mg', shortDescription: 'Dexamethasone sodium phos', terminationDate: '20261231', actionCode: 'N' });
    expect(line.length).toBe(293);
    expect(parseAnwebLine(line, 7)).toEqual({ kind: 'procedure', code: 'J1100', shortDescription: 'Dexamethasone sodium phos', terminationDate: '2026-12-31' });
    expect(parseAnwebLine(anwebRecord({ code: 'J1100', sequence: '00200', recordId: '4', longDescription: 'continued' }), 8)).toEqual({ kind: 'continuation', code: 'J1100' });
    expect(parseAnwebLine(anwebRecord({ code: '   25', recordId: '7', longDescription: 'Significant E/M service', shortDescription: 'Significant, separate e/m' }), 9)).toEqual({ kind: 'modifier' });
    expect(parseAnwebLine('   ', 10)).toBeUndefined();
    expect(parseAnwebLine(anwebRecord({ code: 'A0021', recordId: '3', longDescription: 'Ambulance service, outside state' }), 11)).toMatchObject({ shortDescription: 'Ambulance service, outside state' });
  });

  it.each([
    [anwebRecord({ code: 'J1100', recordId: '5', shortDescription: 'x' }), 'line 3: expected a record identification code of 3, 4, 7 or 8 in column 11, found "5"'],
    [anwebRecord({ code: '99213', recordId: '3', shortDescription: 'Office visit' }), 'line 3: expected a HCPCS Level II code (a letter A–V, then four digits) in columns 1–5, found "99213"'],
    [anwebRecord({ code: 'W1234', recordId: '3', shortDescription: 'x' }), 'line 3: expected a HCPCS Level II code (a letter A–V, then four digits) in columns 1–5, found "W1234"'],
    [anwebRecord({ code: 'A0021', recordId: '3', actionCode: 'N' }), 'line 3: both descriptions (columns 12–91 and 92–119) of A0021 are empty'],
    [anwebRecord({ code: 'A0021', recordId: '3', shortDescription: 'Outside state ambulance', terminationDate: '2026AB01' }), 'line 3: expected the termination date of A0021 in columns 285–292 as YYYYMMDD, found "2026AB01"'],
    ['A0021 x', 'line 3: expected a fixed-width HCPCS record (record identification code in column 11), the line has 7 characters'],
  ])('refuses a malformed record naming the line and the columns: %#', (line, message) => {
    expect(() => parseAnwebLine(line, 3)).toThrow(ValidationError);
    expect(() => parseAnwebLine(line, 3)).toThrow(message);
  });

  it('reads a file: short descriptions, modifier lines skipped, codes terminated before the release left out', async () => {
    const path = file('HCPC2026_JAN_ANWEB_test.txt', [
      anwebRecord({ code: '   25', recordId: '7', longDescription: 'Modifier line', shortDescription: 'Modifier' }),
      anwebRecord({ code: 'A0021', recordId: '3', longDescription: 'Ambulance service, outside state per mile, transport', shortDescription: 'Outside state ambulance serv', actionCode: 'N' }),
      anwebRecord({ code: 'A0021', sequence: '00200', recordId: '4', longDescription: '(Medicaid only)' }),
      anwebRecord({ code: 'G0008', recordId: '3', longDescription: 'Administration of influenza virus vaccine', shortDescription: 'Admin influenza virus vac' }),
      anwebRecord({ code: 'G9999', recordId: '3', longDescription: 'A code ended last year', shortDescription: 'Ended code', terminationDate: '20251231', actionCode: 'D' }),
      anwebRecord({ code: 'L3000', recordId: '3', longDescription: 'Foot insert, removable, molded to patient model', shortDescription: 'Ft insert ucb berkeley shell', terminationDate: '20260331' }),
      '',
    ]);
    expect(await read(path)).toEqual([
      { code: 'A0021', description: 'Outside state ambulance serv' },
      { code: 'G0008', description: 'Admin influenza virus vac' },
      { code: 'L3000', description: 'Ft insert ucb berkeley shell' },
    ]);
  });

  it('reads Latin-1 text column by column', async () => {
    const path = file('latin1.txt', [anwebRecord({ code: 'E0100', recordId: '3', longDescription: 'Cane, adjustable, with tip (é)', shortDescription: 'Cane adjust/fixed w/tip é' })], 'latin1');
    expect(await read(path)).toEqual([{ code: 'E0100', description: 'Cane adjust/fixed w/tip é' }]);
  });

  it('refuses an orphan continuation and a repeated code, naming the line', async () => {
    const orphan = file('orphan.txt', [anwebRecord({ code: 'A0021', recordId: '3', shortDescription: 'One' }), anwebRecord({ code: 'A0080', sequence: '00200', recordId: '4', longDescription: 'stray' })]);
    await expect(read(orphan)).rejects.toThrow('line 2: a continuation line (record identification code 4) of A0080 that does not follow its first line');
    const repeated = file('repeated.txt', [anwebRecord({ code: 'A0021', recordId: '3', shortDescription: 'One' }), anwebRecord({ code: 'A0021', recordId: '3', shortDescription: 'Again' })]);
    await expect(read(repeated)).rejects.toThrow('line 2: code A0021 appears twice');
  });
});

describe('HCPCS Level II, CSV layouts', () => {
  it('reads the PFS RVU layout: a comment line, quoted descriptions, priced modifier rows skipped', async () => {
    const path = file('pprrvu.csv', [
      '# derived from a public CMS file',
      'HCPCS,MOD,DESCRIPTION,STATUS CODE',
      'A0021,,Outside state ambulance serv,I',
      'A2001,,"Innovamatrix ac, per sq cm",C',
      'G0130,,Single energy x-ray study,A',
      'G0130,26,Single energy x-ray study,A',
      'G0130,TC,Single energy x-ray study,A',
      'M1389,,,M',
    ]);
    expect(await read(path)).toEqual([
      { code: 'A0021', description: 'Outside state ambulance serv' },
      { code: 'A2001', description: 'Innovamatrix ac, per sq cm' },
      { code: 'G0130', description: 'Single energy x-ray study' },
      { code: 'M1389', description: '' },
    ]);
  });

  it('reads the xlsx-derived layout: first records only, the short description, terminated codes left out', async () => {
    const path = file('HCPC2026_JAN_ANWEB.csv', [
      'HCPC,SEQNUM,RECID,LONG DESCRIPTION,SHORT DESCRIPTION,ADD DT,ACT EFF DT,TERM DT,ACTION CD',
      'A0021,00100,3,"Ambulance service, outside state per mile",Outside state ambulance serv,19920101,,,N',
      'A0021,00200,4,(Medicaid only),,,,,',
      ',00100,7,Modifier line,Modifier,,,,',
      'G9999,00100,3,A code ended last year,Ended code,20200101,,20251231,D',
    ]);
    expect(await read(path)).toEqual([{ code: 'A0021', description: 'Outside state ambulance serv' }]);
  });

  it('names the line and column of a bad code, and a header without the columns it needs', async () => {
    const bad = file('bad.csv', ['HCPCS,DESCRIPTION', 'A0021,Outside state ambulance serv', '99213,Office visit']);
    await expect(read(bad)).rejects.toThrow('line 3: expected a HCPCS Level II code (a letter A–V, then four digits) in column "HCPCS", found "99213"');
    const noDescription = file('header.csv', ['HCPCS,STATUS CODE', 'A0021,I']);
    await expect(read(noDescription)).rejects.toThrow(/^line 1: expected a header line naming the code column \(one of: hcpc, hcpcs, hcpcs code, code\) and the description column/);
  });
});
