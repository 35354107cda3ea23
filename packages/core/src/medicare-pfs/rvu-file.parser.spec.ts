import { parseRvuFile } from './rvu-file.parser';
import { validationIssuesOf } from '../../test/support/validation-issues';

const HEADER =
  'HCPCS,MOD,DESCRIPTION,STATUS CODE,NOT USED FOR MEDICARE PAYMENT,WORK RVU,NON-FAC PE RVU,NON-FAC NA INDICATOR,FACILITY PE RVU,FACILITY NA INDICATOR,MP RVU,PCTC IND,CONV FACTOR';
const file = (...rows: string[]) => ['# a comment', HEADER, ...rows].join('\r\n');

const issueOf = (text: string) => validationIssuesOf(() => parseRvuFile(text))[0];

describe('PPRRVU file', () => {
  it('reads rows exactly, with quoted descriptions, modifiers and NA indicators', () => {
    const rows = parseRvuFile(file('G0011,,"Hiv prep counsel, md 15-30m",A,,0.45,0.33,,0.25,,0.04,0,32.3465', 'g0130,tc,X-ray,A,,0,0.8,,0.80,NA,0.01,1,', ''));
    expect(rows).toEqual([
      {
        hcpcs: 'G0011', modifier: '', description: 'Hiv prep counsel, md 15-30m', statusCode: 'A', notUsedForMedicarePayment: false,
        workRvu: '0.45', nonFacilityPeRvu: '0.33', nonFacilityNa: false, facilityPeRvu: '0.25', facilityNa: false, mpRvu: '0.04', pctcIndicator: '0', conversionFactor: '32.3465',
      },
      {
        hcpcs: 'G0130', modifier: 'TC', description: 'X-ray', statusCode: 'A', notUsedForMedicarePayment: false,
        workRvu: '0', nonFacilityPeRvu: '0.8', nonFacilityNa: false, facilityPeRvu: '0.8', facilityNa: true, mpRvu: '0.01', pctcIndicator: '1', conversionFactor: null,
      },
    ]);
  });

  it.each([
    ['G0011,,x,A,,0.4a,0.33,,0.25,,0.04,0,32.3465', 'line 3, column 6 (WORK RVU)', '"0.4a" is not a non-negative decimal number'],
    ['G0011,,x,A,,-1,0.33,,0.25,,0.04,0,32.3465', 'line 3, column 6 (WORK RVU)', '"-1" is not a non-negative decimal number'],
    ['G0011,,x,A,,0.12345,0.33,,0.25,,0.04,0,32.3465', 'line 3, column 6 (WORK RVU)', '"0.12345" has more than 4 digits after the decimal point'],
    ['G0011,,x,Q,,0.4,0.33,,0.25,,0.04,0,32.3465', 'line 3, column 4 (STATUS CODE)', expect.stringContaining('"Q" is not a PFS status code')],
    ['G001,,x,A,,0.4,0.33,,0.25,,0.04,0,32.3465', 'line 3, column 1 (HCPCS)', '"G001" is not a five-character HCPCS code'],
    ['G0011,,x,A,,0.4,0.33,N,0.25,,0.04,0,32.3465', 'line 3, column 8 (NON-FAC NA INDICATOR)', '"N" is not empty or NA'],
    ['G0011,,x,A,,0.4,0.33,,0.25,,0.04,0', 'line 3', 'expected 13 columns as in the header, found 12'],
  ])('refuses %p naming line and column', (row, field, message) => {
    expect(issueOf(file(row))).toEqual({ field, message });
  });

  it('refuses a repeated code and modifier, and a file without a header', () => {
    const row = 'G0011,26,x,A,,0.4,0.33,,0.25,,0.04,0,32.3465';
    expect(issueOf(file(row, row))).toEqual({ field: 'line 4', message: 'G0011 with modifier 26 appears twice' });
    expect(issueOf('HCPCS,MOD,DESCRIPTION\nG0011,,x')).toEqual({ field: 'line 1', message: expect.stringContaining('the header lacks the column(s) STATUS CODE, WORK RVU') });
    expect(issueOf('just text\n')?.field).toBe('file');
  });
});
