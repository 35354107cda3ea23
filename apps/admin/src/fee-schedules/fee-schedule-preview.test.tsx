import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FeeScheduleImportPreview } from '../api/views';
import { renderWithTheme } from '../test/render';
import { FeeSchedulePreview } from './fee-schedule-preview';

const rows = [
  { line: 2, code: '99213', modifier: '', amountCents: 12500 },
  { line: 4, code: '99214', modifier: '25', amountCents: 18099 },
];

const cells = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));

describe('FeeSchedulePreview', () => {
  it('lists every bad line with its line, column and message, and the good rows as dollars', () => {
    const preview: FeeScheduleImportPreview = {
      dryRun: true,
      rows,
      errors: [
        { line: 3, column: 'amount', message: '"12.345" has fractions of a cent' },
        { line: 5, column: null, message: '99213 without a modifier appears twice' },
      ],
      total: 2,
      added: 2,
      changed: 0,
      removed: 0,
    };
    renderWithTheme(<FeeSchedulePreview preview={preview} />);
    expect(screen.getByRole('alert').textContent).toContain('2 line(s) to fix before saving');
    expect(cells(screen.getByRole('table', { name: 'Errors in the file' }))).toEqual([
      ['3', 'amount', '"12.345" has fractions of a cent'],
      ['5', '', '99213 without a modifier appears twice'],
    ]);
    expect(cells(screen.getByRole('table', { name: 'Rows read from the file' }))).toEqual([
      ['2', '99213', '', '$125.00'],
      ['4', '99214', '25', '$180.99'],
    ]);
    expect(screen.getByText(/nothing is saved until the file has no errors/)).toBeTruthy();
  });

  it('says what saving a clean file would change', () => {
    renderWithTheme(<FeeSchedulePreview preview={{ dryRun: true, rows, errors: [], total: 2, added: 1, changed: 1, removed: 3 }} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('1 new')).toBeTruthy();
    expect(screen.getByText('1 with a new amount')).toBeTruthy();
    expect(screen.getByText('3 removed (not in the file)')).toBeTruthy();
  });
});
