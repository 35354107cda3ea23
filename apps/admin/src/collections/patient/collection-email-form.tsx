import { Alert, Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ApiError, expectOk, fieldMessage, formMessage } from '../../api/problem';
import type { CollectionCommunication, CollectionEmailInput } from '../../api/views';
import { TIME_ZONES } from './call-draft';

interface CollectionEmailFormProps {
  readonly organizationId: string;
  readonly patientId: string;
  /** After the email is sent, or refused (a refused email is logged too). */
  readonly onSent: () => void;
  readonly onClose: () => void;
}

/** Sends a collection email to the account's address; the server adds the opt-out instruction and refuses it (409) when a rule stops it. */
export function CollectionEmailForm({ organizationId, patientId, onSent, onClose }: CollectionEmailFormProps) {
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  const [timeZone, setTimeZone] = useState('');
  const send = useMutation({
    mutationFn: (body: CollectionEmailInput) =>
      expectOk<CollectionCommunication>(api.POST('/api/organizations/{organizationId}/patients/{patientId}/collection-emails', { params: { path: { organizationId, patientId } }, body })),
    onSuccess: () => {
      setSubject('');
      setText('');
      onSent();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) onSent();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    send.mutate({ subject, text, timeZones: timeZone === '' ? [] : [timeZone] });
  }

  const refused = send.error instanceof ApiError && send.error.status === 409;
  const message = formMessage(send.error, ['subject', 'text']);
  return (
    <form onSubmit={submit} noValidate aria-label="Send a collection email">
      <Stack gap="xs">
        <Group grow align="start">
          <TextInput label="Subject" value={subject} onChange={(event) => setSubject(event.currentTarget.value)} error={fieldMessage(send.error, 'subject')} />
          <NativeSelect label="Debtor's time zone" value={timeZone} onChange={(event) => setTimeZone(event.currentTarget.value)} data={[...TIME_ZONES]} />
        </Group>
        <Textarea
          label="Message"
          description="The opt-out instruction is added at the end of every collection email"
          rows={4}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={fieldMessage(send.error, 'text')}
        />
        <Group gap="xs">
          <Button type="submit" loading={send.isPending}>
            Send the email
          </Button>
          <Button variant="subtle" onClick={onClose}>
            Close
          </Button>
        </Group>
        {send.isSuccess && (
          <Alert color="teal" role="status">
            Email sent.
          </Alert>
        )}
        {message && (
          <Alert color="red" role="alert" title={refused ? 'The email was refused' : 'The email was not sent'}>
            {message}
            {refused ? ' The attempt is logged as refused.' : ''}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
