import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithTheme } from '../test/render';
import { FailingChecksPanel } from './failing-checks-panel';

const FAILURES = [
  { check: 'eligibility-verified', reason: 'no eligibility check on record for the date of service (may pass by exception with an owner and a reason)' },
  { check: 'patient-responsibility-communicated', reason: "the patient's expected share was not communicated" },
];
const OWNERS = [
  { value: 'user-1', label: 'Ana Admin (me)' },
  { value: 'user-2', label: 'Bo Biller' },
];

describe('FailingChecksPanel', () => {
  it('lists every failing check with its reason and policy, and offers no exception while one is enforced', () => {
    renderWithTheme(
      <FailingChecksPanel
        event="Mark ready to bill"
        failures={FAILURES}
        policies={{ 'eligibility-verified': 'exception', 'patient-responsibility-communicated': 'enforce' }}
        owners={OWNERS}
        onPassByException={vi.fn()}
        passing={false}
      />,
    );
    const list = screen.getByRole('list', { name: 'Failing checks' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      `eligibility-verifiedmay pass by exception${FAILURES[0]?.reason}`,
      `patient-responsibility-communicatedenforced${FAILURES[1]?.reason}`,
    ]);
    expect(screen.getByText(/Fix the checks that are not open to exceptions \(patient-responsibility-communicated\)/)).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Pass by exception' })).toBeNull();
  });

  it('passes every exception-policy check with the owner chosen and the reason, once both are given', () => {
    const onPass = vi.fn();
    renderWithTheme(
      <FailingChecksPanel
        event="Mark ready to bill"
        failures={FAILURES}
        policies={{ 'eligibility-verified': 'exception', 'patient-responsibility-communicated': 'exception' }}
        owners={OWNERS}
        onPassByException={onPass}
        passing={false}
      />,
    );
    const pass = screen.getByRole('button', { name: 'Pass “Mark ready to bill” by exception' }) as HTMLButtonElement;
    expect(pass.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Owner of the follow-up'), { target: { value: 'user-2' } });
    fireEvent.change(screen.getByLabelText('Reason for the exception'), { target: { value: '  payer portal down; verify tomorrow ' } });
    expect(pass.disabled).toBe(false);
    fireEvent.click(pass);
    expect(onPass).toHaveBeenCalledWith([
      { check: 'eligibility-verified', owner: 'user-2', reason: 'payer portal down; verify tomorrow' },
      { check: 'patient-responsibility-communicated', owner: 'user-2', reason: 'payer portal down; verify tomorrow' },
    ]);
  });
});
