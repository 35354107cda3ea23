import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PayerView } from '../../api/views';
import { renderWithTheme } from '../../test/render';
import { EobForm } from './eob-form';

const PAYERS: PayerView[] = [{ id: '0b7c2f7e-6a53-4f3c-9d1e-8f8f4a5b6c7d', name: 'Acme Health', payerId: 'ACME1', active: true }];

/** A field by its label (a required field's label ends with " *"). */
function field(label: string): HTMLElement {
  return screen.getByLabelText(new RegExp(`^${label.replace(/[()$.]/g, '\\$&')}( \\*)?$`));
}

function type(label: string, value: string) {
  fireEvent.change(field(label), { target: { value } });
}

function fillCheck(amount: string) {
  fireEvent.change(field('Payer'), { target: { value: PAYERS[0]?.id } });
  type('Check number', 'CHK-1');
  type('Check date', '2026-11-20');
  type('Check amount ($)', amount);
  type('Claim number, claim 1', 'LEG-1001');
  type('Procedure, claim 1, line 1', '99213');
  type('Charge, claim 1, line 1', '125.00');
  type('Paid, claim 1, line 1', '80.00');
  fireEvent.click(screen.getByRole('button', { name: 'Add an adjustment, claim 1, line 1' }));
}

// Each test types a whole EOB into a large form: slow in jsdom on a busy machine.
describe('EobForm', { timeout: 30_000 }, () => {
  it('refuses a line whose charge is not paid + adjustments, naming the figures, and sends nothing', () => {
    const onSubmit = vi.fn();
    renderWithTheme(<EobForm payers={PAYERS} serverErrors={{}} submitting={false} onSubmit={onSubmit} />);
    fillCheck('80.00');
    type('Reason, adjustment 1, claim 1, line 1', '45');
    type('Amount, adjustment 1, claim 1, line 1', '40.00');
    fireEvent.click(screen.getByRole('button', { name: 'Post the EOB' }));

    expect(onSubmit).not.toHaveBeenCalled();
    const paid = field('Paid, claim 1, line 1');
    expect(paid.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('the line does not balance: charge $125.00 should equal paid $80.00 + adjustments $40.00 ($120.00)')).toBeTruthy();
  });

  it('refuses a check that is not what the claims paid', () => {
    const onSubmit = vi.fn();
    renderWithTheme(<EobForm payers={PAYERS} serverErrors={{}} submitting={false} onSubmit={onSubmit} />);
    fillCheck('90.00');
    type('Reason, adjustment 1, claim 1, line 1', '45');
    type('Amount, adjustment 1, claim 1, line 1', '45.00');
    fireEvent.click(screen.getByRole('button', { name: 'Post the EOB' }));

    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('the check does not balance: the claims paid $80.00, the check is $90.00')).toBeTruthy();
  });

  it('sends a balanced EOB in integer cents, claim totals from its lines', () => {
    const onSubmit = vi.fn();
    renderWithTheme(<EobForm payers={PAYERS} serverErrors={{}} submitting={false} onSubmit={onSubmit} />);
    fillCheck('80.00');
    fireEvent.change(field('Group, adjustment 1, claim 1, line 1'), { target: { value: 'PR' } });
    type('Reason, adjustment 1, claim 1, line 1', '2');
    type('Amount, adjustment 1, claim 1, line 1', '45');
    type('Patient responsibility, claim 1', '45.00');
    fireEvent.click(screen.getByRole('button', { name: 'Post the EOB' }));

    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      payerRecordId: PAYERS[0]?.id,
      checkNumber: 'CHK-1',
      checkDate: '2026-11-20',
      paymentCents: 8000,
      providerAdjustments: [],
      claims: [
        {
          patientControlNumber: 'LEG-1001',
          statusCode: '1',
          chargeCents: 12500,
          paymentCents: 8000,
          patientResponsibilityCents: 4500,
          adjustments: [],
          lines: [{ procedureCode: '99213', modifiers: [], remarkCodes: [], chargeCents: 12500, paymentCents: 8000, adjustments: [{ groupCode: 'PR', reasonCode: '2', amountCents: 4500 }] }],
        },
      ],
    });
  });

  it('shows the server’s refusals on the fields they name, and the others in a list', () => {
    renderWithTheme(
      <EobForm
        payers={PAYERS}
        serverErrors={{ 'claims[0].lines[0].procedureCode': 'a procedure code: five letters or digits', 'claims[0].lines[0].modifiers[0]': 'a modifier: two letters or digits' }}
        submitting={false}
        onSubmit={vi.fn()}
      />,
    );
    expect(field('Procedure, claim 1, line 1').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('a procedure code: five letters or digits')).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('claims[0].lines[0].modifiers[0]: a modifier: two letters or digits')).toBeTruthy();
  });
});
