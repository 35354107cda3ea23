import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/problem';
import type { StatementSettings } from '../api/views';
import { renderWithTheme } from '../test/render';
import { StatementSettingsForm } from './statement-settings-form';

const DEFAULTS: StatementSettings = {
  runsDaily: false,
  cadenceDays: 30,
  statementsBeforeFinalNotice: 3,
  minimumBalanceCents: 500,
  smallBalanceWriteOffCents: 0,
  dueInDays: 21,
  billingName: 'Springfield Family Clinic',
  billingAddress: [],
  billingPhone: '',
  notices: { howToPay: 'Pay online.', paymentPlans: 'Ask about a plan.', financialAssistance: 'Ask about assistance.', dispute: 'Tell us.' },
  saved: false,
};

const input = (label: string) => screen.getByLabelText(label, { exact: false }) as HTMLInputElement;

function renderForm(onSave = vi.fn().mockResolvedValue({}), readOnly = false) {
  renderWithTheme(<StatementSettingsForm settings={DEFAULTS} readOnly={readOnly} onSave={onSave} />);
  return onSave;
}

describe('StatementSettingsForm', () => {
  it('shows the minimum balance in dollars and saves it as cents, with the address lines', async () => {
    const onSave = renderForm();
    expect(input('Minimum balance ($)').value).toBe('5.00');
    fireEvent.change(input('Minimum balance ($)'), { target: { value: '7.5' } });
    fireEvent.change(input('Address'), { target: { value: '100 Main Street\nSpringfield, IL 62701' } });
    fireEvent.change(input('Phone'), { target: { value: '(217) 555-0100' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Send statements every day/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save statement settings' }));
    expect(await screen.findByText('Statement settings saved')).toBeTruthy();
    expect(onSave).toHaveBeenCalledWith({
      runsDaily: true,
      cadenceDays: 30,
      statementsBeforeFinalNotice: 3,
      minimumBalanceCents: 750,
      smallBalanceWriteOffCents: 0,
      dueInDays: 21,
      billingName: 'Springfield Family Clinic',
      billingAddress: ['100 Main Street', 'Springfield, IL 62701'],
      billingPhone: '(217) 555-0100',
      notices: DEFAULTS.notices,
    });
  });

  it('refuses a minimum balance that is not in dollars, without asking the server', async () => {
    const onSave = renderForm();
    fireEvent.change(input('Minimum balance ($)'), { target: { value: 'five dollars' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save statement settings' }));
    expect(await screen.findByText('Enter an amount in dollars, such as 5.00')).toBeTruthy();
    expect(input('Minimum balance ($)').getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it("shows the server's 400 on the fields it names", async () => {
    const refusal = new ApiError({
      status: 400,
      title: 'Bad Request',
      errors: [
        { field: 'billingAddress', message: 'Too small: expected array to have >=1 items' },
        { field: 'billingPhone', message: 'Too small: expected string to have >=7 characters' },
        { field: 'notices.howToPay', message: 'Too small: expected string to have >=1 characters' },
      ],
    });
    renderForm(vi.fn().mockRejectedValue(refusal));
    fireEvent.change(input('How to pay'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save statement settings' }));
    expect(await screen.findByText('Too small: expected array to have >=1 items')).toBeTruthy();
    await waitFor(() => expect(input('Phone').getAttribute('aria-invalid')).toBe('true'));
    expect(input('Address').getAttribute('aria-invalid')).toBe('true');
    expect(input('How to pay').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Some settings are not valid; see the fields marked.')).toBeTruthy();
    expect(screen.queryByText('Statement settings saved')).toBeNull();
  });

  it('shows a refusal that names no field above the form', async () => {
    renderForm(vi.fn().mockRejectedValue(new ApiError({ status: 403, title: 'Forbidden', detail: 'manager or admin only' })));
    fireEvent.click(screen.getByRole('button', { name: 'Save statement settings' }));
    expect((await screen.findByRole('alert')).textContent).toContain('manager or admin only');
  });

  it('is read-only without the role to save', () => {
    renderForm(vi.fn(), true);
    expect(screen.queryByRole('button', { name: 'Save statement settings' })).toBeNull();
    expect(input('Phone').matches(':disabled')).toBe(true);
  });
});
