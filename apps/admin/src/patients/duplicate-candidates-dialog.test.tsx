import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DuplicateCandidate } from '../api/views';
import { renderWithTheme } from '../test/render';
import { DuplicateCandidatesDialog } from './duplicate-candidates-dialog';

const CANDIDATES: DuplicateCandidate[] = [
  { id: '1', firstName: 'Ada', lastName: 'Lovelace', birthDate: '1985-12-10', sex: 'F', accountNumber: 'MRN-1' },
  { id: '2', firstName: 'ADA', lastName: 'Lovelace', birthDate: '1985-12-10', sex: 'F', accountNumber: null },
];

describe('DuplicateCandidatesDialog', () => {
  it('lists every candidate with name, birth date, sex and account', () => {
    renderWithTheme(<DuplicateCandidatesDialog candidates={CANDIDATES} onRegisterAnyway={vi.fn()} onCancel={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'Possible duplicate patient' });
    const rows = within(within(dialog).getByRole('table', { name: 'Possible duplicates' })).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual(['NameBirth dateSexAccount', 'Lovelace, Ada1985-12-10FMRN-1', 'Lovelace, ADA1985-12-10F']);
    expect(within(dialog).getByText(/2 existing patient\(s\) have the same name/)).toBeTruthy();
  });

  it('registers anyway or cancels, as the clerk decides', () => {
    const onRegisterAnyway = vi.fn();
    const onCancel = vi.fn();
    renderWithTheme(<DuplicateCandidatesDialog candidates={CANDIDATES} onRegisterAnyway={onRegisterAnyway} onCancel={onCancel} />);
    fireEvent.click(screen.getByRole('button', { name: 'Register a different person' }));
    expect(onRegisterAnyway).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel: it is the same person' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('is closed when there is no candidate', () => {
    renderWithTheme(<DuplicateCandidatesDialog candidates={[]} onRegisterAnyway={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
