import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';

export interface Credentials {
  readonly email: string;
  readonly password: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Field errors of the sign-in form, before anything is sent. */
export function validateCredentials(values: Credentials): Partial<Record<keyof Credentials, string>> {
  const errors: Partial<Record<keyof Credentials, string>> = {};
  if (!values.email.trim()) errors.email = 'Enter your e-mail address';
  else if (!EMAIL.test(values.email.trim())) errors.email = 'Enter a valid e-mail address';
  if (!values.password) errors.password = 'Enter your password';
  return errors;
}

/** E-mail and password; calls `onSubmit` only with valid input. */
export function SignInForm({ onSubmit, busy = false }: { onSubmit: (values: Credentials) => void; busy?: boolean }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<keyof Credentials, string>>>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateCredentials({ email, password });
    setErrors(found);
    if (Object.keys(found).length === 0) onSubmit({ email: email.trim(), password });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Sign in">
      <Stack>
        <TextInput label="E-mail" type="email" autoComplete="username" value={email} onChange={(event) => setEmail(event.currentTarget.value)} error={errors.email} />
        <PasswordInput label="Password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.currentTarget.value)} error={errors.password} />
        <Button type="submit" loading={busy}>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
