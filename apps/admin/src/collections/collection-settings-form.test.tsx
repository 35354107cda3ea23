import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/problem';
import type { CollectionSettings } from '../api/views';
import { renderWithTheme } from '../test/render';
import { CollectionSettingsForm } from './collection-settings-form';

const DEFAULTS: CollectionSettings = {
  minDaysSinceFirstStatement: 120,
  finalNoticeWaitDays: 30,
  minimumBalanceCents: 2500,
  agencyFeePosting: 'gross',
  connectorId: null,
  collectorHours: 'Monday to Friday, 9 a.m. to 5 p.m.',
  creditReporting: { defaults: { reportingAllowed: true, minimumInitialBalanceCents: 50_000, waitingDays: 365, noticeWaitDays: 14 }, states: {} },
  saved: false,
};

const input = (label: string) => screen.getByLabelText(label, { exact: false }) as HTMLInputElement;

function renderForm(onSave = vi.fn().mockResolvedValue({}), readOnly = false) {
  renderWithTheme(<CollectionSettingsForm settings={DEFAULTS} readOnly={readOnly} onSave={onSave} />);
  return onSave;
}

describe('CollectionSettingsForm', () => {
  it('adds a state that bans credit reporting and one with its own threshold, and saves amounts as cents', async () => {
    const onSave = renderForm();
    expect(input('Minimum balance ($)').value).toBe('25.00');
    expect(input('Never under ($), all states').value).toBe('500.00');
    fireEvent.change(input('Minimum balance ($)'), { target: { value: '40' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a state' }));
    fireEvent.change(input('State, row 1'), { target: { value: 'ny' } });
    fireEvent.change(input('Reporting, row 1'), { target: { value: 'not-allowed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a state' }));
    fireEvent.change(input('State, row 2'), { target: { value: 'CO' } });
    fireEvent.change(input('Never under ($), row 2'), { target: { value: '1,000' } });
    fireEvent.change(input('Agency payments post'), { target: { value: 'net' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save placement rules' }));
    expect(await screen.findByText('Placement rules saved')).toBeTruthy();
    expect(onSave).toHaveBeenCalledWith({
      minDaysSinceFirstStatement: 120,
      finalNoticeWaitDays: 30,
      minimumBalanceCents: 4000,
      agencyFeePosting: 'net',
      connectorId: null,
      collectorHours: 'Monday to Friday, 9 a.m. to 5 p.m.',
      creditReporting: { defaults: DEFAULTS.creditReporting.defaults, states: { NY: { reportingAllowed: false }, CO: { minimumInitialBalanceCents: 100_000 } } },
    });
  });

  it('refuses a state used twice on its row, without asking the server; a row removed is gone', async () => {
    const onSave = renderForm();
    for (const row of [1, 2]) {
      fireEvent.click(screen.getByRole('button', { name: 'Add a state' }));
      fireEvent.change(input(`State, row ${row}`), { target: { value: 'TX' } });
      fireEvent.change(input(`Waiting days, row ${row}`), { target: { value: '400' } });
    }
    fireEvent.click(screen.getByRole('button', { name: 'Save placement rules' }));
    expect(await screen.findByText('TX is already in row 1')).toBeTruthy();
    expect(input('State, row 2').getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Remove row 2 (TX)' }));
    expect(screen.queryByLabelText('State, row 2')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save placement rules' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({ creditReporting: { states: { TX: { waitingDays: 400 } } } });
  });

  it("shows the server's refusal of a state's rule on its row", async () => {
    const refusal = new ApiError({ status: 400, title: 'Bad Request', errors: [{ field: 'creditReporting.states.TX.noticeWaitDays', message: 'Too big: expected number to be <=365' }] });
    renderForm(vi.fn().mockRejectedValue(refusal));
    fireEvent.click(screen.getByRole('button', { name: 'Add a state' }));
    fireEvent.change(input('State, row 1'), { target: { value: 'TX' } });
    fireEvent.change(input('Days after a notice, row 1'), { target: { value: '400' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save placement rules' }));
    expect(await screen.findByText('Too big: expected number to be <=365')).toBeTruthy();
    expect(input('Days after a notice, row 1').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Some settings are not valid; see the fields marked.')).toBeTruthy();
  });

  it('offers no save, no rows to add and no fields to change to someone who may only read', () => {
    renderForm(vi.fn(), true);
    expect(screen.queryByRole('button', { name: 'Save placement rules' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add a state' })).toBeNull();
    expect(input('Minimum balance ($)').matches(':disabled')).toBe(true);
  });
});
