import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ApiError, expectOk, fieldMessage, formMessage } from '../../api/problem';
import type { CollectionCallInput, CollectionCommunication } from '../../api/views';
import { callBody, newCallDraft, TIME_ZONES, type CallDraft } from './call-draft';

interface LogCallFormProps {
  readonly organizationId: string;
  readonly patientId: string;
  /** After the call is logged, or refused (a refused call is logged too). */
  readonly onLogged: () => void;
  readonly onClose: () => void;
}

/** Logs a collection call; one the collector would place against Regulation F is refused (409) with the rule, and logged as refused. */
export function LogCallForm({ organizationId, patientId, onLogged, onClose }: LogCallFormProps) {
  const [draft, setDraft] = useState<CallDraft>(() => newCallDraft(new Date()));
  const [errors, setErrors] = useState<Partial<Record<'at' | 'consentGivenAt' | 'conversation', string>>>({});
  const [logged, setLogged] = useState(false);
  const log = useMutation({
    mutationFn: (body: CollectionCallInput) =>
      expectOk<CollectionCommunication>(api.POST('/api/organizations/{organizationId}/patients/{patientId}/collection-calls', { params: { path: { organizationId, patientId } }, body })),
    onSuccess: () => {
      setLogged(true);
      setDraft(newCallDraft(new Date()));
      onLogged();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) onLogged();
    },
  });
  const change = (next: Partial<CallDraft>) => {
    setDraft((current) => ({ ...current, ...next }));
    setLogged(false);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = callBody(draft);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    log.mutate(checked.body);
  }

  const refused = log.error instanceof ApiError && log.error.status === 409;
  const message = formMessage(log.error, ['note', 'at']);
  return (
    <form onSubmit={submit} noValidate aria-label="Log a call">
      <Stack gap="xs">
        <Group grow align="start">
          <TextInput label="When (your local time)" type="datetime-local" value={draft.at} onChange={(event) => change({ at: event.currentTarget.value })} error={errors.at ?? fieldMessage(log.error, 'at')} />
          <NativeSelect label="Debtor's time zone" value={draft.timeZone} onChange={(event) => change({ timeZone: event.currentTarget.value })} data={[...TIME_ZONES]} />
          <NativeSelect
            label="Who called"
            value={draft.initiatedBy}
            onChange={(event) => change({ initiatedBy: event.currentTarget.value as CallDraft['initiatedBy'] })}
            data={[
              { value: 'collector', label: 'We called the debtor' },
              { value: 'consumer', label: 'The debtor called us' },
            ]}
          />
        </Group>
        <Group>
          <Checkbox label="The call connected" checked={draft.connected} onChange={(event) => change({ connected: event.currentTarget.checked })} />
          <Checkbox label="We spoke with the debtor (a conversation)" checked={draft.conversation} onChange={(event) => change({ conversation: event.currentTarget.checked })} error={errors.conversation} />
        </Group>
        <TextInput
          label="The debtor consented to this call at (optional)"
          description="Consent given within the last 7 days takes the call out of the limits"
          type="datetime-local"
          value={draft.consentGivenAt}
          onChange={(event) => change({ consentGivenAt: event.currentTarget.value })}
          error={errors.consentGivenAt}
        />
        <Textarea label="Note" rows={2} value={draft.note} onChange={(event) => change({ note: event.currentTarget.value })} error={fieldMessage(log.error, 'note')} />
        <Group gap="xs">
          <Button type="submit" loading={log.isPending}>
            Log the call
          </Button>
          <Button variant="subtle" onClick={onClose}>
            Close
          </Button>
        </Group>
        {logged && (
          <Alert color="teal" role="status">
            Call logged.
          </Alert>
        )}
        {message && (
          <Alert color="red" role="alert" title={refused ? 'Regulation F refuses this call' : 'The call was not logged'}>
            {message}
            {refused ? ' The attempt is logged as refused.' : ''}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
