import { parseDepositCsv } from './deposit-csv.parser';
import { validationIssuesOf } from '../../test/support/validation-issues';

const issuesOf = (text: string) => validationIssuesOf(() => parseDepositCsv(text));

describe('the bank deposit CSV', () => {
  it('reads dollars straight to cents, both date forms, and the optional columns in any order and case', () => {
    const rows = parseDepositCsv('Reference,Amount,DATE,trace,payer\nB-1,"$1,234.56",2026-11-02,EFT123, Acme Health \nB-2,0.10,11/3/2026,,\nB-3,-25,2026-11-04,CHK9,\n');
    expect(rows).toEqual([
      { line: 2, depositDate: '2026-11-02', amountCents: 123456, traceNumber: 'EFT123', payerName: 'Acme Health', bankReference: 'B-1', note: null },
      { line: 3, depositDate: '2026-11-03', amountCents: 10, traceNumber: null, payerName: null, bankReference: 'B-2', note: null },
      { line: 4, depositDate: '2026-11-04', amountCents: -2500, traceNumber: 'CHK9', payerName: null, bankReference: 'B-3', note: null },
    ]);
  });

  it('keeps exact cents where floats would drift', () => {
    const rows = parseDepositCsv('date,amount\n2026-11-02,0.29\n2026-11-02,1005.35\n2026-11-02,"9,007,199,254,740.99"\n');
    expect(rows.map((row) => row.amountCents)).toEqual([29, 100535, 900719925474099]);
  });

  it('refuses every bad line naming its line and column', () => {
    expect(issuesOf('date,amount,trace\n2026-02-30,10.00,A\n2026-11-02,12.345,B\n,abc,C\n2026-11-02,0.00,D\n2026-11-02,,E\n')).toEqual([
      { field: 'line 2, date', message: '"2026-02-30" is not a calendar date (YYYY-MM-DD)' },
      { field: 'line 3, amount', message: '"12.345" has fractions of a cent' },
      { field: 'line 4, date', message: 'required' },
      { field: 'line 4, amount', message: '"abc" is not a decimal amount' },
      { field: 'line 5, amount', message: 'a deposit of zero is no deposit' },
      { field: 'line 6, amount', message: 'required' },
    ]);
  });

  it('refuses a header without the required columns or with unknown ones, a short line, and a file without deposits', () => {
    expect(issuesOf('date,total\n2026-11-02,1\n')).toEqual([
      { field: 'line 1', message: 'unknown column "total"; the columns are date, amount, trace, payer, reference, note' },
      { field: 'line 1', message: 'the header lacks the required column amount' },
    ]);
    expect(issuesOf('date,amount\n\n2026-11-02\n')).toEqual([{ field: 'line 3', message: '1 fields, but the header names 2 columns' }]);
    expect(issuesOf('date,amount\n')).toEqual([{ field: 'csv', message: 'the file has a header but no deposits' }]);
    expect(issuesOf('date,amount\n2026-11-02,"1\n')).toEqual([{ field: 'line 2', message: 'a quoted field is never closed' }]);
  });
});
