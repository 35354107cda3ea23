import { reportTableCsv } from './report-csv';

describe('reportTableCsv', () => {
  it('quotes commas and quotes, defuses formulas but keeps negative amounts, and names linked records', () => {
    const csv = reportTableCsv({
      columns: ['Claim', 'Payer', 'Amount ($)'],
      rows: [
        { cells: ['C-1', 'Acme, "East"', '-12.50'], link: { kind: 'claim', id: 'c1' } },
        { cells: ['=HYPERLINK("x")', '@Beta', 7] },
      ],
    });
    expect(csv).toBe('Claim,Payer,Amount ($),Record\r\nC-1,"Acme, ""East""",-12.50,claim:c1\r\n"\'=HYPERLINK(""x"")",\'@Beta,7,\r\n');
  });

  it('writes only the header when there are no rows, and no Record column without links', () => {
    expect(reportTableCsv({ columns: ['Month', 'Charges ($)'], rows: [] })).toBe('Month,Charges ($)\r\n');
  });
});
