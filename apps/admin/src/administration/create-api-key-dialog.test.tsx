import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/problem';
import type { CreatedApiKey } from '../api/views';
import { renderWithTheme } from '../test/render';
import { CreateApiKeyDialog, type ApiKeyInput } from './create-api-key-dialog';

const SECRET = 'orcm_c2VjcmV0LXRoYXQtaXMtc2hvd24tb25jZQ';
const CREATED: CreatedApiKey = {
  id: 'k1',
  name: 'Clearinghouse import',
  prefix: 'orcm_c2VjcmV',
  roles: ['poster'],
  createdBy: 'user:u1',
  createdAt: '2026-11-30T12:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
  secret: SECRET,
};

function Harness({ onCreate }: { onCreate: (input: ApiKeyInput) => Promise<CreatedApiKey> }) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <button onClick={() => setOpened(true)}>Open</button>
      <CreateApiKeyDialog opened={opened} onClose={() => setOpened(false)} onCreate={onCreate} />
    </>
  );
}

// Modals open and close through Mantine's transitions: these tests take seconds on a busy machine.
describe('CreateApiKeyDialog', { timeout: 30_000 }, () => {
  it('offers every role but admin', async () => {
    renderWithTheme(<Harness onCreate={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create an API key' });
    expect(within(dialog).getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual(['front-desk', 'coder', 'biller', 'poster', 'ar', 'manager']);
  });

  it('shows the secret once with a copy button, and never again after closing', async () => {
    const onCreate = vi.fn().mockResolvedValue(CREATED);
    renderWithTheme(<Harness onCreate={onCreate} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create an API key' });
    fireEvent.change(within(dialog).getByLabelText(/Name/), { target: { value: '  Clearinghouse import ' } });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'poster' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));

    const shown = await screen.findByRole('dialog', { name: 'API key created' });
    expect(onCreate).toHaveBeenCalledWith({ name: 'Clearinghouse import', roles: ['poster'] });
    expect(within(shown).getByTestId('shown-once').textContent).toBe(SECRET);
    expect(within(shown).getByText(/cannot show it again/)).toBeTruthy();
    expect(within(shown).getByRole('button', { name: 'Copy' })).toBeTruthy();

    fireEvent.click(within(shown).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 10_000 });
    expect(screen.queryByText(SECRET)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    const again = await screen.findByRole('dialog', { name: 'Create an API key' });
    expect(within(again).queryByText(SECRET)).toBeNull();
    expect((within(again).getByLabelText(/Name/) as HTMLInputElement).value).toBe('');
  });

  it("shows the server's refusal on the field it names", async () => {
    const onCreate = vi.fn().mockRejectedValue(new ApiError({ status: 400, title: 'Bad Request', errors: [{ field: 'name', message: 'Too small: expected string to have >=1 characters' }] }));
    renderWithTheme(<Harness onCreate={onCreate} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create an API key' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await within(dialog).findByText('Too small: expected string to have >=1 characters');
    expect(within(dialog).getByLabelText(/Name/).getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).queryByTestId('shown-once')).toBeNull();
  });
});
