import { Alert, Anchor, Button, Group, Loader, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { WorkItemDetail, WorkItemEvent } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';
import { useSessionQuery } from '../session/session-queries';

const EVENTS: readonly WorkItemEvent[] = ['start', 'wait-on-payer', 'resume', 'resolve', 'reopen', 'close'];

/** One work item: its fields, notes, a note to add, assignment to oneself and a transition (the server refuses what its state forbids). */
export function WorkItemPage() {
  const { organizationId } = useCurrentOrganization();
  const workItemId = useParams().workItemId ?? '';
  const queryClient = useQueryClient();
  const key = ['work-item', organizationId, workItemId];
  const path = { organizationId, workItemId };
  const item = useQuery({
    queryKey: key,
    queryFn: () => expectOk<WorkItemDetail>(api.GET('/api/organizations/{organizationId}/work-items/{workItemId}', { params: { path } })),
  });
  const [note, setNote] = useState('');
  const [event, setEvent] = useState<WorkItemEvent>('start');
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const addNote = useMutation({
    mutationFn: () => expectOk(api.POST('/api/organizations/{organizationId}/work-items/{workItemId}/notes', { params: { path }, body: { body: note } })),
    onSuccess: () => {
      setNote('');
      void refresh();
    },
  });
  const userId = useSessionQuery().data?.user.id;
  const transition = useMutation({
    mutationFn: (chosen: WorkItemEvent) =>
      expectOk(
        api.POST('/api/organizations/{organizationId}/work-items/{workItemId}/transitions', {
          params: { path },
          body: { event: chosen, ...(chosen === 'assign' && userId && { assigneeUserId: userId }), ...(note.trim() && { note: note.trim() }) },
        }),
      ),
    onSuccess: () => {
      setNote('');
      void refresh();
    },
  });

  if (item.isPending) return <Loader aria-label="Loading the work item" />;
  if (item.error) return <Alert color="red" role="alert">{messageOf(item.error)}</Alert>;
  const data = item.data;
  return (
    <Stack>
      <Title order={1} size="h2">
        {data.title}
      </Title>
      <Text>
        {data.kind} · {data.category ?? 'no category'} · {data.state} · owner {data.ownerRole ?? data.assigneeUserId ?? 'none'} · due {data.dueDate ?? 'none'}
      </Text>
      <Text size="sm">
        Record:{' '}
        {data.recordType === 'encounter' ? (
          <Anchor component={Link} to={`/encounters/${data.recordId}`}>
            encounter {data.recordId}
          </Anchor>
        ) : (
          `${data.recordType} ${data.recordId}`
        )}
      </Text>
      <Title order={2} size="h3">
        Notes
      </Title>
      {data.notes.length === 0 && <Text c="dimmed">No notes yet.</Text>}
      {data.notes.map((entry) => (
        <Paper key={entry.id} withBorder p="xs">
          <Text size="xs" c="dimmed">
            {entry.createdAt} · {entry.authorType} {entry.authorId}
          </Text>
          <Text>{entry.body}</Text>
        </Paper>
      ))}
      <Textarea label="Note (also the resolution when resolving)" value={note} onChange={(change) => setNote(change.currentTarget.value)} />
      <Group align="end">
        <Button onClick={() => addNote.mutate()} disabled={!note.trim()} loading={addNote.isPending}>
          Add note
        </Button>
        <NativeSelect label="Transition" value={event} onChange={(change) => setEvent(change.currentTarget.value as WorkItemEvent)} data={[...EVENTS]} />
        <Button onClick={() => transition.mutate(event)} loading={transition.isPending && transition.variables === event}>
          Apply
        </Button>
        <Button variant="default" onClick={() => transition.mutate('assign')} loading={transition.isPending && transition.variables === 'assign'}>
          Assign to me
        </Button>
      </Group>
      {(addNote.error ?? transition.error) && <Alert color="red" role="alert">{messageOf(addNote.error ?? transition.error)}</Alert>}
    </Stack>
  );
}
