import { ValidationError } from '@openrcm/sdk';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseIcd10cmLine, readIcd10cmFile } from './icd10cm.parser';

describe('ICD-10-CM codes file', () => {
  it.each([
    ['A000    Cholera due to Vibrio cholerae 01, biovar cholerae', { code: 'A000', description: 'Cholera due to Vibrio cholerae 01, biovar cholerae' }],
    ['E119    Type 2 diabetes mellitus without complications  ', { code: 'E119', description: 'Type 2 diabetes mellitus without complications' }],
    ['QA00101 SCN2A-related neurodevelopmental disorder\r', { code: 'QA00101', description: 'SCN2A-related neurodevelopmental disorder' }],
    ['A09     Infectious gastroenteritis and colitis, unspecified', { code: 'A09', description: 'Infectious gastroenteritis and colitis, unspecified' }],
    ['S72001A Fracture of unspecified part of neck of right femur, initial encounter', { code: 'S72001A', description: 'Fracture of unspecified part of neck of right femur, initial encounter' }],
  ])('reads %p', (line, expected) => {
    expect(parseIcd10cmLine(line, 1)).toEqual(expected);
  });

  it.each(['E11.9   dotted', '119E    digits first', 'E119', 'e119    lower case', 'E1     too short', 'E1190000 too long'])('refuses %p naming the line', (line) => {
    expect(() => parseIcd10cmLine(line, 42)).toThrow(ValidationError);
    expect(() => parseIcd10cmLine(line, 42)).toThrow(/^line 42: expected a code/);
  });

  it('reads gzip files and refuses a repeated code', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'icd-'));
    const file = join(directory, 'codes.txt.gz');
    writeFileSync(file, gzipSync('A000    One\n\nA001    Two\n'));
    const codes: string[] = [];
    for await (const entry of readIcd10cmFile(file)) codes.push(entry.code);
    expect(codes).toEqual(['A000', 'A001']);
    const repeated = join(directory, 'repeated.txt');
    writeFileSync(repeated, 'A000    One\nA000    Again\n');
    const reading = (async () => {
      for await (const entry of readIcd10cmFile(repeated)) void entry;
    })();
    await expect(reading).rejects.toThrow('line 2: code A000 appears twice');
  });
});
