import { parsePtpFile } from './ptp-file.parser';
import { validationIssuesOf } from '../../test/support/validation-issues';

// A synthetic table in the CMS practitioner PTP layout (made-up codes and rationales; not CMS data).
const PREAMBLE = ['Synthetic test table: not CMS data.', 'Column1/Column2 Edits'];
const HEADER = ['Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date\tModifier\tPTP Edit Rationale', '\t\t\t\t*=no data\t0=not allowed\t', '\t\t\t\t\t1=allowed\t', '\t\t\t\t\t9=not applicable\t'];
const table = (...rows: string[]) => [...PREAMBLE, ...HEADER, ...rows].join('\r\n');

const errorsOf = (text: string) => validationIssuesOf(() => parsePtpFile(text));

describe('parsePtpFile', () => {
  it('skips the preamble and the header continuation rows, reads dates, the * deletion date and the indicator', () => {
    const rows = parsePtpFile(table('11111\t22222\t*\t19960101\t*\t1\tStandards of medical / surgical practice', '11111\t33333\t\t20240101\t20250701\t0\tMutually exclusive procedures', '0001t\t11111\t\t20230101\t20230101\t9\tMisuse of column two code with column one code'));
    expect(rows).toEqual([
      { lineNumber: 7, column1: '11111', column2: '22222', priorTo1996: true, effectiveDate: '1996-01-01', deletionDate: null, modifierIndicator: '1', rationale: 'Standards of medical / surgical practice' },
      { lineNumber: 8, column1: '11111', column2: '33333', priorTo1996: false, effectiveDate: '2024-01-01', deletionDate: '2025-07-01', modifierIndicator: '0', rationale: 'Mutually exclusive procedures' },
      { lineNumber: 9, column1: '0001T', column2: '11111', priorTo1996: false, effectiveDate: '2023-01-01', deletionDate: '2023-01-01', modifierIndicator: '9', rationale: 'Misuse of column two code with column one code' },
    ]);
  });

  it('keeps a stray quote inside a rationale on its own line', () => {
    const rows = parsePtpFile(table('11111\t22222\t\t20250101\t*\t1\tSo-called "separate procedure', '11111\t33333\t\t20250101\t*\t0\tMutually exclusive procedures'));
    expect(rows.map((row) => [row.lineNumber, row.column2, row.rationale])).toEqual([
      [7, '22222', 'So-called "separate procedure'],
      [8, '33333', 'Mutually exclusive procedures'],
    ]);
  });

  it('reads the spreadsheet saved as CSV with a one-line header', () => {
    const csv = ['"Synthetic notice, not CMS data"', 'Column 1,Column 2,"*=in existence prior to 1996",Effective Date,Deletion Date *=no data,Modifier 0=not allowed 1=allowed 9=not applicable,PTP Edit Rationale', '11111,22222,,20250101,*,1,"Standards of medical, surgical practice"'].join('\n');
    expect(parsePtpFile(csv)).toEqual([
      { lineNumber: 3, column1: '11111', column2: '22222', priorTo1996: false, effectiveDate: '2025-01-01', deletionDate: null, modifierIndicator: '1', rationale: 'Standards of medical, surgical practice' },
    ]);
  });

  it('names the line and column of every bad cell', () => {
    expect(errorsOf(table('11111\t22222\t\t20250101\t*\t1\tok', '1111\t22222\t\t20250101\t*\t2\tx', '11111\t44444\tY\t20251301\t2024010\t0\tx', '11111\t55555\t\t20250101\t20240101\t0\tx'))).toEqual([
      { field: 'line 8, column 1 (Column 1)', message: 'expected a five-character HCPCS/CPT code, found "1111"' },
      { field: 'line 8, column 6 (Modifier)', message: 'expected a modifier indicator 0, 1 or 9, found "2"' },
      { field: 'line 9, column 3 (*=in existence prior to 1996)', message: 'expected "*" or nothing, found "Y"' },
      { field: 'line 9, column 4 (Effective Date)', message: 'expected a date, YYYYMMDD, found "20251301"' },
      { field: 'line 9, column 5 (Deletion Date)', message: 'expected a date, YYYYMMDD, or "*" for none, found "2024010"' },
      { field: 'line 10, column 5 (Deletion Date)', message: 'the deletion date 2024-01-01 is before the effective date 2025-01-01' },
    ]);
  });

  it('refuses a line without codes once edits have begun, and a duplicate edit', () => {
    expect(errorsOf(table('11111\t22222\t\t20250101\t*\t1\tok', 'note\t\t\t\t\t\t', '11111\t22222\t\t20250101\t*\t0\tagain'))).toEqual([
      { field: 'line 8, column 1 (Column 1)', message: 'expected a five-character HCPCS/CPT code, found "note"' },
      { field: 'line 8, column 2 (Column 2)', message: 'expected a five-character HCPCS/CPT code, found ""' },
      { field: 'line 8, column 4 (Effective Date)', message: 'expected a date, YYYYMMDD, found ""' },
      { field: 'line 8, column 6 (Modifier)', message: 'expected a modifier indicator 0, 1 or 9, found ""' },
      { field: 'line 9', message: 'the edit 11111/22222 effective 2025-01-01 is already on line 7' },
    ]);
  });

  it('refuses a file without the header row, a header without its columns, and a table without edits', () => {
    expect(errorsOf('HCPCS/CPT Code,Practitioner Services MUE Values\n11111,1')).toEqual([{ field: 'file', message: 'no header row naming "Column 1" and "Column 2": not an NCCI PTP table' }]);
    expect(errorsOf('Column 1\tColumn 2\tEffective Date\n11111\t22222\t20250101')).toEqual([{ field: 'line 1', message: 'the header row has no "Deletion Date", "Modifier" column' }]);
    expect(errorsOf(table())).toEqual([{ field: 'file', message: 'the table holds no edits' }]);
  });
});
