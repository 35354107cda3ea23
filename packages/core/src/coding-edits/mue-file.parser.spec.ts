import { parseMueFile } from './mue-file.parser';
import { validationIssuesOf } from '../../test/support/validation-issues';

// A synthetic table in the CMS practitioner MUE layout: a quoted notice over several lines, a header whose first label
// is quoted over two lines, then one row per code (made-up codes; not CMS data).
const NOTICE = '"Synthetic test table.\nNot CMS data; codes are made up.",,,';
const HEADER = '"HCPCS/\nCPT Code","Practitioner Services MUE Values","MUE Adjudication Indicator","MUE Rationale"';

const errorsOf = (text: string) => validationIssuesOf(() => parseMueFile(text));

describe('parseMueFile', () => {
  it('skips the multi-line notice, finds the header, and reads the indicator from its leading digit', () => {
    const rows = parseMueFile([NOTICE, HEADER, '11111,1,"2 Date of Service Edit: Policy","Code Descriptor / CPT Instruction"', 'J9999,4,1 Line Edit,Anatomic Consideration', '22222,0,3 Date of Service Edit: Clinical,Clinical: Data', ''].join('\r\n'));
    expect(rows).toEqual([
      { lineNumber: 5, code: '11111', units: 1, indicator: 2, rationale: 'Code Descriptor / CPT Instruction' },
      { lineNumber: 6, code: 'J9999', units: 4, indicator: 1, rationale: 'Anatomic Consideration' },
      { lineNumber: 7, code: '22222', units: 0, indicator: 3, rationale: 'Clinical: Data' },
    ]);
  });

  it('reads a tab-delimited save with the columns in another order', () => {
    expect(parseMueFile('MUE Rationale\tMUE Adjudication Indicator\tHCPCS/CPT Code\tPractitioner Services MUE Values\nPolicy\t3\t33333\t2')).toEqual([
      { lineNumber: 2, code: '33333', units: 2, indicator: 3, rationale: 'Policy' },
    ]);
  });

  it('names the line and column of every bad cell, and a code listed twice', () => {
    expect(errorsOf([NOTICE, HEADER, '11111,1,2 Date of Service Edit: Policy,x', '1111,x,4 Something,x', '11111,2,1 Line Edit,x'].join('\n'))).toEqual([
      { field: 'line 6, column 1 (HCPCS/ CPT Code)', message: 'expected a five-character HCPCS/CPT code, found "1111"' },
      { field: 'line 6, column 2 (Practitioner Services MUE Values)', message: 'expected a whole number of units, found "x"' },
      { field: 'line 6, column 3 (MUE Adjudication Indicator)', message: 'expected an adjudication indicator 1, 2 or 3 ("1 Line Edit" …), found "4 Something"' },
      { field: 'line 7', message: '11111 is already on line 5' },
    ]);
  });

  it('refuses a file without the header row or without the indicator column, and an unclosed quote', () => {
    expect(errorsOf('Column 1\tColumn 2\n11111\t22222')).toEqual([{ field: 'file', message: 'no header row naming "HCPCS/CPT Code" and "MUE Values": not an MUE table' }]);
    expect(errorsOf('HCPCS/CPT Code,Practitioner Services MUE Values\n11111,1')).toEqual([{ field: 'line 1', message: 'the header row has no "MUE Adjudication Indicator" column' }]);
    expect(errorsOf(`${HEADER}\n11111,1,"1 Line Edit,x`)).toEqual([{ field: 'line 3', message: 'a quoted field is not closed before the end of the file' }]);
  });
});
