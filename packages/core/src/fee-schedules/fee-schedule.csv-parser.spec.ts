import { parseFeeScheduleCsv, readFeeScheduleCsv } from './fee-schedule.csv-parser';
import { validationIssuesOf } from '../../test/support/validation-issues';

const issueOf = (text: string) => validationIssuesOf(() => parseFeeScheduleCsv(text))[0];

describe('fee-schedule CSV', () => {
  it('reads amounts straight to cents, modifiers upper-cased', () => {
    expect(parseFeeScheduleCsv('code,modifier,amount\r\n99213,,125.00\r\ng0130,tc,19.99\r\n\r\n99213,25,0.1\n')).toEqual([
      { code: '99213', modifier: '', amountCents: 12500 },
      { code: 'G0130', modifier: 'TC', amountCents: 1999 },
      { code: '99213', modifier: '25', amountCents: 10 },
    ]);
  });

  it.each([
    ['code,modifier,amount\n99213,,12.345', 'line 2, column 3 (amount)', '"12.345" has fractions of a cent'],
    ['code,modifier,amount\n99213,,abc', 'line 2, column 3 (amount)', '"abc" is not a decimal amount'],
    ['code,modifier,amount\n99213,,-1.00', 'line 2, column 3 (amount)', '"-1.00" is negative'],
    ['code,modifier,amount\n9921,,1.00', 'line 2, column 1 (code)', '"9921" is not a five-character CPT/HCPCS code'],
    ['code,modifier,amount\n99213,2,1.00', 'line 2, column 2 (modifier)', '"2" is not empty or a two-character modifier'],
    ['code,modifier,amount\n99213,1.00', 'line 2', 'expected 3 columns (code,modifier,amount), found 2'],
    ['code,amount\n99213,1.00', 'line 1', 'expected the header code,modifier,amount'],
    ['code,modifier,amount\n99213,,1\n99213,,2', 'line 3', '99213 without a modifier appears twice'],
    ['code,modifier,amount\n', 'file', expect.stringContaining('no entries')],
  ])('refuses %p', (text, field, message) => {
    expect(issueOf(text)).toEqual({ field, message });
  });

  it('reads every line for a preview: the good rows with their line numbers and every bad line by line and column', () => {
    const reading = readFeeScheduleCsv('code,modifier,amount\n99213,,125.00\n9921,xyz,1.00\n99214,,abc\n"99215,,1.00\n99213,,2.00\n99215,26,80\n');
    expect(reading.rows).toEqual([
      { line: 2, code: '99213', modifier: '', amountCents: 12500 },
      { line: 7, code: '99215', modifier: '26', amountCents: 8000 },
    ]);
    expect(reading.errors).toEqual([
      { line: 3, column: 'code', message: '"9921" is not a five-character CPT/HCPCS code' },
      { line: 3, column: 'modifier', message: '"xyz" is not empty or a two-character modifier' },
      { line: 4, column: 'amount', message: '"abc" is not a decimal amount' },
      { line: 5, column: null, message: 'a quoted field is not closed on this line' },
      { line: 6, column: null, message: '99213 without a modifier appears twice' },
    ]);
  });

  it('refuses a file with several bad lines naming each of them', () => {
    expect(() => parseFeeScheduleCsv('code,modifier,amount\n9921,,1\n99213,,x')).toThrow('line 2, column 1 (code): "9921" is not a five-character CPT/HCPCS code; line 3, column 3 (amount): "x" is not a decimal amount');
  });
});
