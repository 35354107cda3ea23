import { Alert, Center, Paper, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, setCsrfToken } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { SessionStage, SessionStep } from '../api/views';
import { SESSION_KEY } from '../session/session-queries';
import { CodeForm } from './code-form';
import { MfaEnrolment } from './mfa-enrolment';
import { PasswordChangeForm, type PasswordChange } from './password-change-form';
import { RecoveryCodes } from './recovery-codes';
import { SignInForm, type Credentials } from './sign-in-form';

type Step = 'credentials' | Exclude<SessionStage, 'active'> | 'recovery-codes';

const TITLES: Record<Step, string> = {
  credentials: 'Sign in to OpenRCM',
  'password-change-required': 'Choose a new password',
  'mfa-enrollment-required': 'Set up two-step sign-in',
  'mfa-required': 'Two-step sign-in',
  'recovery-codes': 'Recovery codes',
};

/** Sign-in, step by step as the server asks: password, forced password change, TOTP enrolment or code. */
export function SignInPage({ stage }: { stage: SessionStage | null }) {
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>(stage && stage !== 'active' ? stage : 'credentials');
  const [recoveryCodes, setRecoveryCodes] = useState<readonly string[]>([]);

  const finish = () => queryClient.invalidateQueries({ queryKey: SESSION_KEY });
  const advance = (answer: SessionStep) => {
    setCsrfToken(answer.csrfToken);
    if (answer.stage === 'active') void finish();
    else setStep(answer.stage);
  };

  const signIn = useMutation({
    mutationFn: (values: Credentials) => expectOk<SessionStep>(api.POST('/api/auth/sign-in', { body: values })),
    onSuccess: advance,
  });
  const changePassword = useMutation({
    mutationFn: (values: PasswordChange) => expectOk<SessionStep>(api.POST('/api/auth/password', { body: values })),
    onSuccess: advance,
  });
  const confirm = useMutation({
    mutationFn: (code: string) => expectOk<SessionStep & { recoveryCodes: string[] }>(api.POST('/api/auth/mfa/confirm', { body: { code } })),
    onSuccess: (answer) => {
      setCsrfToken(answer.csrfToken);
      setRecoveryCodes(answer.recoveryCodes);
      setStep('recovery-codes');
    },
  });
  const verify = useMutation({
    mutationFn: (code: string) => expectOk<SessionStep>(api.POST('/api/auth/mfa/verify', { body: { code } })),
    onSuccess: advance,
  });
  const error = [signIn, changePassword, confirm, verify].find((mutation) => mutation.error)?.error;

  return (
    <Center mih="100vh" component="main">
      <Paper withBorder p="xl" w={480} maw="95vw">
        <Stack>
          <Title order={1} size="h2">
            {TITLES[step]}
          </Title>
          {error && (
            <Alert color="red" role="alert" title="Not accepted">
              {messageOf(error)}
            </Alert>
          )}
          {step === 'credentials' && <SignInForm onSubmit={(values) => signIn.mutate(values)} busy={signIn.isPending} />}
          {step === 'password-change-required' && <PasswordChangeForm onSubmit={(values) => changePassword.mutate(values)} busy={changePassword.isPending} />}
          {step === 'mfa-enrollment-required' && <MfaEnrolment onConfirm={(code) => confirm.mutate(code)} busy={confirm.isPending} />}
          {step === 'mfa-required' && <CodeForm label="Code from your authenticator app, or a recovery code" action="Verify" onSubmit={(code) => verify.mutate(code)} busy={verify.isPending} />}
          {step === 'recovery-codes' && <RecoveryCodes codes={recoveryCodes} onDone={() => void finish()} />}
        </Stack>
      </Paper>
    </Center>
  );
}
