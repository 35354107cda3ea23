import { Alert, Button, Group, List, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { expectOk, fieldMessage, formMessage } from '../../api/problem';
import type { CollectionOptOut, OptOutChannel } from '../../api/views';
import { dateTime } from '../../format/date-time';
import { OPT_OUT_CHANNELS } from '../collection-words';
import { selectOptions } from '../../format/select-options';

interface OptOutsPanelProps {
  readonly organizationId: string;
  readonly patientId: string;
  readonly optOuts: readonly CollectionOptOut[];
  readonly canWork: boolean;
  readonly onChanged: () => void;
}

/** The channels the debtor opted out of (honoured from the instant recorded), and recording a new opt-out. */
export function OptOutsPanel({ organizationId, patientId, optOuts, canWork, onChanged }: OptOutsPanelProps) {
  const [draft, setDraft] = useState<{ channel: OptOutChannel; note: string } | null>(null);
  const record = useMutation({
    mutationFn: (body: { channel: OptOutChannel; note?: string }) =>
      expectOk<CollectionOptOut>(api.POST('/api/organizations/{organizationId}/patients/{patientId}/collection-opt-outs', { params: { path: { organizationId, patientId } }, body })),
    onSuccess: () => {
      setDraft(null);
      onChanged();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (draft) record.mutate({ channel: draft.channel, ...(draft.note.trim() ? { note: draft.note.trim() } : {}) });
  }

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Opt-outs
      </Title>
      {optOuts.length === 0 ? (
        <Text>The debtor has opted out of no channel.</Text>
      ) : (
        <List aria-label="Opt-outs">
          {optOuts.map((optOut) => (
            <List.Item key={optOut.id}>
              {OPT_OUT_CHANNELS[optOut.channel]}: since <time dateTime={optOut.optedOutAt}>{dateTime(optOut.optedOutAt)}</time>
              {optOut.note ? ` — ${optOut.note}` : ''}
            </List.Item>
          ))}
        </List>
      )}
      {canWork && draft === null && (
        <Group>
          <Button
            variant="light"
            onClick={() => {
              record.reset();
              setDraft({ channel: 'phone', note: '' });
            }}
          >
            Record an opt-out
          </Button>
        </Group>
      )}
      {draft && (
        <form onSubmit={submit} noValidate aria-label="Record an opt-out">
          <Stack gap="xs">
            <Group grow align="start">
              <NativeSelect
                label="Channel"
                value={draft.channel}
                onChange={(event) => setDraft({ ...draft, channel: event.currentTarget.value as OptOutChannel })}
                data={selectOptions(OPT_OUT_CHANNELS)}
              />
              <TextInput label="Note (optional)" value={draft.note} onChange={(event) => setDraft({ ...draft, note: event.currentTarget.value })} error={fieldMessage(record.error, 'note')} />
            </Group>
            <Group gap="xs">
              <Button type="submit" loading={record.isPending}>
                Record the opt-out
              </Button>
              <Button variant="subtle" onClick={() => setDraft(null)}>
                Cancel
              </Button>
            </Group>
            {formMessage(record.error, ['note']) && (
              <Alert color="red" role="alert">
                {formMessage(record.error, ['note'])}
              </Alert>
            )}
          </Stack>
        </form>
      )}
    </Stack>
  );
}
