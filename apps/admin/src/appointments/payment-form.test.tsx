import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/problem';
import { renderWithTheme } from '../test/render';
import { PaymentForm } from './payment-form';

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Record payment' }));

describe('PaymentForm', () => {
  it('sends a $25.00 cash copay as 2500 cents', () => {
    const onSubmit = vi.fn();
    renderWithTheme(<PaymentForm onSubmit={onSubmit} busy={false} error={null} />);
    fill('Amount ($)', '25.00');
    submit();
    expect(onSubmit).toHaveBeenCalledWith({ amountCents: 2500, method: 'cash' });
  });

  it.each([
    ['', 'Enter the amount paid'],
    ['0', 'The amount must be more than $0.00'],
    ['0.00', 'The amount must be more than $0.00'],
    ['-25', 'The amount must be more than $0.00'],
    ['25.001', 'Enter dollars and cents, like 25.00'],
    ['twenty', 'Enter dollars and cents, like 25.00'],
  ])('refuses the amount %j: %s', (amount, message) => {
    const onSubmit = vi.fn();
    renderWithTheme(<PaymentForm onSubmit={onSubmit} busy={false} error={null} />);
    fill('Amount ($)', amount);
    submit();
    expect(screen.getByText(message)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('asks for the check number of a check, then sends it', () => {
    const onSubmit = vi.fn();
    renderWithTheme(<PaymentForm onSubmit={onSubmit} busy={false} error={null} />);
    fill('Amount ($)', '$1,025.5');
    fireEvent.change(screen.getByLabelText('Method'), { target: { value: 'check' } });
    submit();
    expect(screen.getByText('Enter the check number')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    fill('Check number', ' 1042 ');
    submit();
    expect(onSubmit).toHaveBeenCalledWith({ amountCents: 102550, method: 'check', reference: '1042' });
  });

  it("shows the server's field error beside its field", () => {
    const error = new ApiError({ status: 400, title: 'Bad Request', errors: [{ field: 'amountCents', message: 'must be more than zero' }] });
    renderWithTheme(<PaymentForm onSubmit={vi.fn()} busy={false} error={error} />);
    expect(screen.getByText('must be more than zero')).toBeTruthy();
  });
});
