import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Member } from '../api/views';
import { renderWithTheme } from '../test/render';
import { RolesEditor } from './roles-editor';

const MEMBER: Member = { userId: 'u1', email: 'bill@clinic.test', displayName: 'Bill Biller', roles: ['biller'], active: true, mfaEnabled: true, lastSignInAt: null };

const box = (role: string) => screen.getByRole('checkbox', { name: role }) as HTMLInputElement;
const save = () => screen.getByRole('button', { name: 'Save roles' }) as HTMLButtonElement;

// Mantine renders seven checkboxes per test: seconds on a busy machine.
describe('RolesEditor', { timeout: 30_000 }, () => {
  it("ticks the member's roles and saves nothing until they change", () => {
    renderWithTheme(<RolesEditor member={MEMBER} onSave={vi.fn()} onCancel={vi.fn()} />);
    expect(['front-desk', 'coder', 'biller', 'poster', 'ar', 'manager', 'admin'].filter((role) => box(role).checked)).toEqual(['biller']);
    expect(save().disabled).toBe(true);
  });

  it('saves the whole new set of roles, in the usual order', () => {
    const onSave = vi.fn();
    renderWithTheme(<RolesEditor member={MEMBER} onSave={onSave} onCancel={vi.fn()} />);
    fireEvent.click(box('manager'));
    fireEvent.click(box('coder'));
    fireEvent.click(box('biller'));
    expect(save().disabled).toBe(false);
    fireEvent.click(save());
    expect(onSave).toHaveBeenCalledWith(['coder', 'manager']);
  });

  it('refuses an empty set before asking the server, and shows what the server said', () => {
    renderWithTheme(<RolesEditor member={MEMBER} onSave={vi.fn()} onCancel={vi.fn()} error={{ message: 'user u1 was not found' }} />);
    fireEvent.click(box('biller'));
    expect(save().disabled).toBe(true);
    expect(screen.getByText('Choose at least one role')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('user u1 was not found');
  });

  it("shows the server's error on the roles", () => {
    renderWithTheme(<RolesEditor member={MEMBER} onSave={vi.fn()} onCancel={vi.fn()} error={{ roles: 'expected one or more of front-desk, coder' }} />);
    expect(screen.getByText('expected one or more of front-desk, coder')).toBeTruthy();
  });
});
