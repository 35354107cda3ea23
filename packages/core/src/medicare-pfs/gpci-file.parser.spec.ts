import { parseGpciFile } from './gpci-file.parser';
import { validationIssuesOf } from '../../test/support/validation-issues';

const file = (...rows: string[]) =>
  [
    'ADDENDUM E. FINAL CY 2025 GEOGRAPHIC PRACTICE COST INDICES (GPCIs) BY STATE AND MEDICARE LOCALITY,,,,,,',
    ',,,,,,',
    'Medicare Administrative Contractor (MAC),State,Locality Number,Locality Name,2025 PW GPCI (with 1.0 Floor),2025 PE GPCI,2025 MP GPCI',
    ...rows,
    '"MAC Assignments as of November 22, 2023",,,,,,',
    '*Work GPCI reflects a 1.5 floor in Alaska established by the MIPPA.,,,,,,',
  ].join('\n');

const issueOf = (text: string) => validationIssuesOf(() => parseGpciFile(text))[0];

describe('GPCI file', () => {
  it('reads localities with padded numbers, exact values and names without footnote marks', () => {
    expect(parseGpciFile(file('10112,AL,0,ALABAMA,1,0.869,0.575', '2102,AK,1,ALASKA*,1.500,1.081,0.592'))).toEqual({
      year: 2025,
      rows: [
        { mac: '10112', locality: '00', state: 'AL', localityName: 'ALABAMA', workGpci: '1', peGpci: '0.869', mpGpci: '0.575' },
        { mac: '02102', locality: '01', state: 'AK', localityName: 'ALASKA', workGpci: '1.5', peGpci: '1.081', mpGpci: '0.592' },
      ],
    });
  });

  it.each([
    ['10112,AL,0,ALABAMA,1,0.8x9,0.575', 'line 4, column 6 (PE GPCI)', '"0.8x9" is not a non-negative decimal number'],
    ['10112,AL,000,ALABAMA,1,0.869,0.575', 'line 4, column 3 (Locality Number)', '"000" is not a locality number (one or two digits)'],
    ['101123,AL,0,ALABAMA,1,0.869,0.575', 'line 4, column 1 (MAC)', '"101123" is not a MAC contractor number (up to five digits)'],
    ['10112,ALA,0,ALABAMA,1,0.869,0.575', 'line 4, column 2 (State)', '"ALA" is not a two-letter state code'],
    ['10112,AL,0,ALABAMA,,0.869,0.575', 'line 4, column 5 (PW GPCI)', '"" is not a non-negative decimal number'],
  ])('refuses %p naming line and column', (row, field, message) => {
    expect(issueOf(file(row))).toEqual({ field, message });
  });

  it('refuses a repeated locality', () => {
    expect(issueOf(file('10112,AL,0,ALABAMA,1,0.869,0.575', '10112,AL,00,ALABAMA,1,0.869,0.575'))).toEqual({ field: 'line 5', message: 'locality 10112/00 appears twice' });
  });
});
