import { parsePayerList } from './payer-list.csv-parser';
import { validationIssuesOf } from '../../test/support/validation-issues';

const issuesOf = (text: string) => validationIssuesOf(() => parsePayerList(text));

describe('the payer-list CSV', () => {
  it('reads the columns in any order and case, with quoted names, upper-casing codes', () => {
    const rows = parsePayerList(
      'Name,CLAIM_FILING_INDICATOR,Payer_Id,timely_filing_days\r\n' +
        '"Aetna, Inc.",ci,60054,180\r\n' +
        'Medicare Part B (Illinois),MB,00952,\r\n' +
        '"Blue Cross ""BCBS"" of IL",BL,bcbsil,90\r\n',
    );
    expect(rows).toEqual([
      { line: 2, payerId: '60054', name: 'Aetna, Inc.', claimFilingIndicator: 'CI', timelyFilingDays: 180 },
      { line: 3, payerId: '00952', name: 'Medicare Part B (Illinois)', claimFilingIndicator: 'MB' },
      { line: 4, payerId: 'BCBSIL', name: 'Blue Cross "BCBS" of IL', claimFilingIndicator: 'BL', timelyFilingDays: 90 },
    ]);
  });

  it('reads both limits when the file has them', () => {
    expect(parsePayerList('payer_id,name,claim_filing_indicator,timely_filing_days,appeal_limit_days\nCMS,Medicare,MB,365,120\n')).toEqual([
      { line: 2, payerId: 'CMS', name: 'Medicare', claimFilingIndicator: 'MB', timelyFilingDays: 365, appealLimitDays: 120 },
    ]);
  });

  it('names the line and column of every bad cell', () => {
    const text = [
      'payer_id,name,claim_filing_indicator,timely_filing_days,appeal_limit_days',
      '60054,Aetna,CI,180,60',
      '87726,United,XX,90,60',
      'A,Short id,CI,0,1.5',
      '"BAD-ID",,,,',
    ].join('\n');
    expect(issuesOf(text)).toEqual([
      { field: 'line 3, claim_filing_indicator', message: expect.stringMatching(/^"XX" is not an SBR09 code/) },
      { field: 'line 4, payer_id', message: '"A" is not a payer id: 2 to 80 letters A-Z and digits' },
      { field: 'line 4, timely_filing_days', message: '0 is not a number of days: a whole number from 1 to 3650' },
      { field: 'line 4, appeal_limit_days', message: '"1.5" is not a whole number of days' },
      { field: 'line 5, payer_id', message: '"BAD-ID" is not a payer id: 2 to 80 letters A-Z and digits' },
      { field: 'line 5, name', message: 'required' },
      { field: 'line 5, claim_filing_indicator', message: 'required' },
    ]);
  });

  it('reports line numbers that count the lines inside quoted fields', () => {
    const text = 'payer_id,name,claim_filing_indicator\n11111,"Two\nline name",CI\n22222,Next,XX\n';
    expect(issuesOf(text)).toEqual([{ field: 'line 4, claim_filing_indicator', message: expect.stringMatching(/^"XX" is not an SBR09 code/) }]);
  });

  it('refuses a payer id that repeats, naming both lines', () => {
    expect(issuesOf('payer_id,name,claim_filing_indicator\n60054,Aetna,CI\n87726,United,CI\n60054,Aetna again,CI\n')).toEqual([
      { field: 'line 4, payer_id', message: '"60054" repeats line 2' },
    ]);
  });

  it('refuses a row whose field count differs from the header', () => {
    expect(issuesOf('payer_id,name,claim_filing_indicator\n60054,Aetna, Inc.,CI\n')).toEqual([
      { field: 'line 2', message: '4 fields, but the header names 3 columns' },
    ]);
  });

  it('refuses a header that lacks a required column or names an unknown or repeated one', () => {
    expect(issuesOf('payer_id,payer_name,claim_filing_indicator,payer_id\n60054,Aetna,CI,60054\n')).toEqual([
      { field: 'line 1', message: 'unknown column "payer_name"; the columns are payer_id, name, claim_filing_indicator, timely_filing_days, appeal_limit_days' },
      { field: 'line 1', message: 'column payer_id appears twice' },
      { field: 'line 1', message: 'the header lacks the required column name' },
    ]);
  });

  it('refuses an empty file, a header without payers, and broken quoting', () => {
    expect(issuesOf('')).toEqual([{ field: 'csv', message: expect.stringMatching(/^the file is empty; it needs a header row/) }]);
    expect(issuesOf('payer_id,name,claim_filing_indicator\n\n')).toEqual([{ field: 'csv', message: 'the file has a header but no payers' }]);
    expect(issuesOf('payer_id,name,claim_filing_indicator\n60054,"Aetna,CI\n')).toEqual([{ field: 'line 2', message: 'a quoted field is never closed' }]);
  });

  it('words the error as line, column and problem', () => {
    expect(() => parsePayerList('payer_id,name,claim_filing_indicator\n1,a,b\n2,b,c\n3,c,d\n4,d,e\n5,e,f\n77,Seventh,XX\n')).toThrow(
      /line 7, claim_filing_indicator: "XX" is not an SBR09 code/,
    );
  });
});
