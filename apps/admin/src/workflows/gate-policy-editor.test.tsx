import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { GateView } from '../api/views';
import { renderWithTheme } from '../test/render';
import { GatePolicyEditor } from './gate-policy-editor';

const GATE: GateView = {
  check: 'eligibility-verified',
  description: 'The primary coverage was verified active for the date of service',
  source: 'core',
  policy: 'enforce',
  ownerRole: null,
  ownerUserId: null,
  configured: false,
  usedBy: [{ workflow: 'encounter', event: 'mark-ready', transition: 'coded → ready-to-bill' }],
};

function select(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('GatePolicyEditor', () => {
  it('shows the check, where it is used, and its policy with the default owner', () => {
    renderWithTheme(<GatePolicyEditor gate={GATE} onSave={vi.fn()} />);
    expect(screen.getByText('eligibility-verified')).toBeTruthy();
    expect(screen.getByText('Used by: encounter coded → ready-to-bill')).toBeTruthy();
    expect((screen.getByLabelText('Policy') as HTMLSelectElement).value).toBe('enforce');
    expect((screen.getByLabelText('Owner role') as HTMLSelectElement).value).toBe('manager');
  });

  it('saves nothing until something changed, then the policy and owner together', () => {
    const onSave = vi.fn();
    renderWithTheme(<GatePolicyEditor gate={GATE} onSave={onSave} />);
    const save = screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    select('Policy', 'exception');
    select('Owner role', 'biller');
    expect(save.disabled).toBe(false);
    fireEvent.click(save);
    expect(onSave).toHaveBeenCalledWith({ policy: 'exception', ownerRole: 'biller' });
  });

  it("shows the server's refusal", () => {
    renderWithTheme(<GatePolicyEditor gate={GATE} onSave={vi.fn()} error="only an administrator can change gates" />);
    expect(screen.getByRole('alert').textContent).toBe('only an administrator can change gates');
  });
});
