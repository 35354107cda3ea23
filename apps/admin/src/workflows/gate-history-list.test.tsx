import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { GateChange } from '../api/views';
import { renderWithTheme } from '../test/render';
import { GateHistoryList } from './gate-history-list';

const admin = { type: 'user', id: 'u1', name: 'Ada Admin', email: 'ada@clinic.test' };

const CHANGES: GateChange[] = [
  { id: 'c2', at: '2026-11-30T15:04:05Z', actor: admin, subject: 'settings', check: null, previous: { defectWindowDays: 30 }, next: { defectWindowDays: 14 } },
  {
    id: 'c1',
    at: '2026-11-30T14:00:00Z',
    actor: { type: 'cli', id: 'cli:ops', name: 'cli:ops', email: null },
    subject: 'check',
    check: 'eligibility-verified',
    previous: { policy: 'enforce', ownerRole: 'manager', ownerUserId: null },
    next: { policy: 'exception', ownerRole: null, ownerUserId: 'u9' },
  },
];

describe('GateHistoryList', () => {
  it('shows each change in the order given (newest first) with when, who, what, before and after', () => {
    renderWithTheme(<GateHistoryList changes={CHANGES} />);
    const rows = within(screen.getByRole('table', { name: 'Gate change history' })).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const [settings, check] = rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(settings?.slice(1)).toEqual(['Ada Admin (ada@clinic.test)', 'Stop-the-line window', '30 days', '14 days']);
    expect(check?.slice(1)).toEqual(['cli cli:ops', 'Check eligibility-verified', 'enforce, owner role manager', 'exception, owner member u9']);
    expect(rows[0]?.querySelector('time')?.getAttribute('dateTime')).toBe('2026-11-30T15:04:05Z');
  });

  it('says when nothing was changed yet', () => {
    renderWithTheme(<GateHistoryList changes={[]} />);
    expect(screen.getByText(/No gate has been changed yet/)).toBeTruthy();
  });
});
