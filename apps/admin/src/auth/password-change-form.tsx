import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';

export interface PasswordChange {
  readonly currentPassword: string;
  readonly newPassword: string;
}

/** The forced password change after a one-time password. */
export function PasswordChangeForm({ onSubmit, busy = false }: { onSubmit: (values: PasswordChange) => void; busy?: boolean }) {
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeated, setRepeated] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!currentPassword || !newPassword) return setError('Enter the current and the new password');
    if (newPassword !== repeated) return setError('The new passwords differ');
    setError(null);
    onSubmit({ currentPassword, newPassword });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Choose a new password">
      <Stack>
        <Text>Choose your own password to replace the one-time password.</Text>
        <PasswordInput label="Current (one-time) password" autoComplete="current-password" value={currentPassword} onChange={(event) => setCurrent(event.currentTarget.value)} />
        <PasswordInput label="New password" autoComplete="new-password" value={newPassword} onChange={(event) => setNew(event.currentTarget.value)} />
        <PasswordInput label="Repeat the new password" autoComplete="new-password" value={repeated} onChange={(event) => setRepeated(event.currentTarget.value)} />
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Button type="submit" loading={busy}>
          Change password
        </Button>
      </Stack>
    </form>
  );
}
