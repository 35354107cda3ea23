import { Button, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';

/** One code: a TOTP code from the authenticator app, or a recovery code. */
export function CodeForm({ label, action, onSubmit, busy = false }: { label: string; action: string; onSubmit: (code: string) => void; busy?: boolean }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (code.trim().length < 6) return setError('Enter the code (at least 6 characters)');
    setError(undefined);
    onSubmit(code.trim());
  }

  return (
    <form onSubmit={submit} noValidate aria-label={action}>
      <Stack>
        <TextInput label={label} autoComplete="one-time-code" value={code} onChange={(event) => setCode(event.currentTarget.value)} error={error} />
        <Button type="submit" loading={busy}>
          {action}
        </Button>
      </Stack>
    </form>
  );
}
