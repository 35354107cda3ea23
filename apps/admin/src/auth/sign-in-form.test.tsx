import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithTheme } from '../test/render';
import { SignInForm, validateCredentials } from './sign-in-form';

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label, { exact: true }), { target: { value } });
}

describe('SignInForm', () => {
  it('names each missing field and sends nothing', () => {
    const onSubmit = vi.fn();
    renderWithTheme(<SignInForm onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter your e-mail address')).toBeTruthy();
    expect(screen.getByText('Enter your password')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses an address that is not an e-mail address', () => {
    const onSubmit = vi.fn();
    renderWithTheme(<SignInForm onSubmit={onSubmit} />);
    fill('E-mail', 'admin.openrcm.local');
    fill('Password', 'secret');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter a valid e-mail address')).toBeTruthy();
    expect(screen.queryByText('Enter your password')).toBeNull();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the trimmed address and the password as typed', () => {
    const onSubmit = vi.fn();
    renderWithTheme(<SignInForm onSubmit={onSubmit} />);
    fill('E-mail', '  admin@openrcm.local ');
    fill('Password', ' pass phrase ');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSubmit).toHaveBeenCalledWith({ email: 'admin@openrcm.local', password: ' pass phrase ' });
  });
});

describe('validateCredentials', () => {
  it('accepts a valid address and any password', () => {
    expect(validateCredentials({ email: 'a@b.co', password: 'x' })).toEqual({});
  });
});
