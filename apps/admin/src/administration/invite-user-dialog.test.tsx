import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/problem';
import type { Invitation } from '../api/views';
import { renderWithTheme } from '../test/render';
import { InviteUserDialog, type InviteInput } from './invite-user-dialog';

const PASSWORD = 'tangerine-otter-41-basalt';
const INVITED: Invitation = {
  member: { userId: 'u1', email: 'bill@clinic.test', displayName: 'Bill Biller', roles: ['biller', 'ar'], active: true, mfaEnabled: false, lastSignInAt: null },
  oneTimePassword: PASSWORD,
};

/** The dialog as the users page holds it: a button opens it, closing it closes it. */
function Harness({ onInvite }: { onInvite: (input: InviteInput) => Promise<Invitation> }) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <button onClick={() => setOpened(true)}>Open</button>
      <InviteUserDialog opened={opened} onClose={() => setOpened(false)} onInvite={onInvite} />
    </>
  );
}

function fillIn(dialog: HTMLElement) {
  fireEvent.change(within(dialog).getByLabelText(/E-mail/), { target: { value: ' bill@clinic.test ' } });
  fireEvent.change(within(dialog).getByLabelText(/Display name/), { target: { value: 'Bill Biller' } });
  fireEvent.click(within(dialog).getByRole('checkbox', { name: 'ar' }));
  fireEvent.click(within(dialog).getByRole('checkbox', { name: 'biller' }));
}

// Modals open and close through Mantine's transitions: these tests take seconds on a busy machine.
describe('InviteUserDialog', { timeout: 30_000 }, () => {
  it('sends the e-mail, name and roles, then shows the one-time password once: closing forgets it', async () => {
    const onInvite = vi.fn().mockResolvedValue(INVITED);
    renderWithTheme(<Harness onInvite={onInvite} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    fillIn(await screen.findByRole('dialog', { name: 'Invite a user' }));
    fireEvent.click(screen.getByRole('button', { name: 'Invite' }));

    const shown = await screen.findByRole('dialog', { name: 'User invited' });
    expect(onInvite).toHaveBeenCalledWith({ email: 'bill@clinic.test', displayName: 'Bill Biller', roles: ['biller', 'ar'] });
    expect(within(shown).getByTestId('shown-once').textContent).toBe(PASSWORD);
    expect(within(shown).getByText(/It will not be shown again/)).toBeTruthy();
    expect(within(shown).getByRole('status').textContent).toContain('Bill Biller (bill@clinic.test) is now a member with the roles biller, ar');

    fireEvent.click(within(shown).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 10_000 });
    expect(screen.queryByText(PASSWORD)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    const again = await screen.findByRole('dialog', { name: 'Invite a user' });
    expect(within(again).queryByText(PASSWORD)).toBeNull();
    expect((within(again).getByLabelText(/E-mail/) as HTMLInputElement).value).toBe('');
    expect((within(again).getByRole('checkbox', { name: 'biller' }) as HTMLInputElement).checked).toBe(false);
  });

  it('says so when the person already had an account (no password to give)', async () => {
    renderWithTheme(<Harness onInvite={vi.fn().mockResolvedValue({ member: INVITED.member })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    fillIn(await screen.findByRole('dialog'));
    fireEvent.click(screen.getByRole('button', { name: 'Invite' }));
    const shown = await screen.findByRole('dialog', { name: 'User invited' });
    expect(within(shown).getByText('They already had an account, so they sign in with their own password.')).toBeTruthy();
    expect(within(shown).queryByTestId('shown-once')).toBeNull();
  });

  it("shows the server's errors by field, and other refusals above the buttons", async () => {
    const onInvite = vi
      .fn()
      .mockRejectedValueOnce(new ApiError({ status: 400, title: 'Bad Request', errors: [{ field: 'email', message: 'Invalid email address' }, { field: 'roles', message: 'Too small: expected array to have >=1 items' }] }))
      .mockRejectedValueOnce(new ApiError({ status: 409, title: 'Conflict', detail: 'bill@clinic.test is already a member of this organization' }));
    renderWithTheme(<Harness onInvite={onInvite} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite a user' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Invite' }));

    const email = within(dialog).getByLabelText(/E-mail/);
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(email.getAttribute('aria-describedby')?.split(' ').find((id) => id.includes('error')) ?? '')?.textContent).toBe('Invalid email address');
    expect(within(dialog).getByText('Too small: expected array to have >=1 items')).toBeTruthy();
    expect(within(dialog).queryByRole('alert')).toBeNull();

    fillIn(dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Invite' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('bill@clinic.test is already a member of this organization');
    expect(within(dialog).getByLabelText(/E-mail/).getAttribute('aria-invalid')).not.toBe('true');
  });
});
