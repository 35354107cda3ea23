import type { ValidationIssue } from '@openrcm/sdk';
import { cellsOf, readCsvTable } from './csv-table';
import { validationIssuesOf } from '../../test/support/validation-issues';

const COLUMNS = { required: ['code', 'amount'], optional: ['note'] } as const;
type Column = (typeof COLUMNS.required)[number] | (typeof COLUMNS.optional)[number];

const issuesOf = (text: string) => validationIssuesOf(() => readCsvTable<Column>(text, COLUMNS));

describe('readCsvTable', () => {
  it('finds the columns by their header names in any case and order, skipping blank lines', () => {
    const table = readCsvTable<Column>('Amount, CODE\n\n12.50,99213\n', COLUMNS);
    expect([...table.positions]).toEqual([['amount', 0], ['code', 1]]);
    expect(table.records).toEqual([{ line: 3, fields: ['12.50', '99213'] }]);
  });

  it('refuses a header with an unknown, a repeated or a missing required column, naming each', () => {
    expect(issuesOf('code,code,colour\n')).toEqual([
      { field: 'line 1', message: 'column code appears twice' },
      { field: 'line 1', message: 'unknown column "colour"; the columns are code, amount, note' },
      { field: 'line 1', message: 'the header lacks the required column amount' },
    ]);
  });

  it('refuses an empty file and names the line of a CSV syntax error', () => {
    expect(issuesOf('\n\n')).toEqual([{ field: 'csv', message: 'the file is empty; it needs a header row with the columns code,amount,note' }]);
    expect(issuesOf('code,amount\n99213,"1\n')).toEqual([{ field: 'line 2', message: expect.stringMatching(/quote/) }]);
  });
});

describe('cellsOf', () => {
  const table = readCsvTable<Column>('code,amount\n 99213 ,1.00\n99214\n', COLUMNS);

  it('reads trimmed cells by column, an absent column as empty', () => {
    const cell = cellsOf(table, table.records[0]!, []);
    expect([cell?.('code'), cell?.('amount'), cell?.('note')]).toEqual(['99213', '1.00', '']);
  });

  it('refuses a record without one field per header column', () => {
    const issues: ValidationIssue[] = [];
    expect(cellsOf(table, table.records[1]!, issues)).toBeUndefined();
    expect(issues).toEqual([{ field: 'line 3', message: '1 fields, but the header names 2 columns' }]);
  });
});
