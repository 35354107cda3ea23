import { Alert, Button, Code, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { Enrolment } from '../api/views';
import { CodeForm } from './code-form';

/** TOTP enrolment: the secret and its otpauth URI (shown once), then a code from the app to confirm. */
export function MfaEnrolment({ onConfirm, busy }: { onConfirm: (code: string) => void; busy: boolean }) {
  const enrol = useMutation({ mutationFn: () => expectOk<Enrolment>(api.POST('/api/auth/mfa/enrol')) });

  if (!enrol.data) {
    return (
      <Stack>
        <Text>Your role requires a second factor. Set up an authenticator app (any TOTP app).</Text>
        {enrol.error && <Alert color="red" role="alert">{messageOf(enrol.error)}</Alert>}
        <Button onClick={() => enrol.mutate()} loading={enrol.isPending}>
          Set up an authenticator app
        </Button>
      </Stack>
    );
  }
  return (
    <Stack>
      <Text>Add this account to your authenticator app with the link or the secret, then enter the code it shows.</Text>
      <Text fw={600}>Secret</Text>
      <Code data-testid="totp-secret">{enrol.data.secret}</Code>
      <Text fw={600}>otpauth link</Text>
      <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
        {enrol.data.uri}
      </Code>
      <CodeForm label="Code from the app" action="Confirm the authenticator" onSubmit={onConfirm} busy={busy} />
    </Stack>
  );
}
