import { Alert, Anchor, Button, Group, Loader, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { WorkItemDetail, WorkItemEvent, WorkItemPriority } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';
import { useSessionQuery } from '../session/session-queries';
import { useAssignableMembersQuery } from './work-item-queries';

const EVENTS: readonly WorkItemEvent[] = ['start', 'wait-on-payer', 'resume', 'resolve', 'reopen', 'close'];
const PRIORITIES: readonly WorkItemPriority[] = ['low', 'normal', 'high', 'urgent'];

/** The app's page of each kind of record a work item can concern. */
const RECORD_PAGES: Readonly<Record<string, string>> = { claim: 'claims', encounter: 'encounters', patient: 'patients' };

/** Where the item's record is shown in the app, when it is. */
function recordLink(recordType: string, recordId: string): string | null {
  const page = RECORD_PAGES[recordType];
  return page ? `/${page}/${recordId}` : null;
}

/**
 * One work item: its fields and the record it concerns (a link to the claim page for claim items), notes and a note
 * to add, assignment to any member (or oneself), the due date and priority, and transitions — resolving takes the note
 * as the resolution; the server refuses what the item's state forbids.
 */
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
  const members = useAssignableMembersQuery(organizationId);
  const [note, setNote] = useState('');
  const [event, setEvent] = useState<WorkItemEvent>('start');
  const [assignee, setAssignee] = useState('');
  const [dueDate, setDueDate] = useState<string | null>(null);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: key });
    void queryClient.invalidateQueries({ queryKey: ['work-items', organizationId] });
  };
  const addNote = useMutation({
    mutationFn: () => expectOk(api.POST('/api/organizations/{organizationId}/work-items/{workItemId}/notes', { params: { path }, body: { body: note } })),
    onSuccess: () => {
      setNote('');
      refresh();
    },
  });
  const userId = useSessionQuery().data?.user.id;
  const transition = useMutation({
    mutationFn: (chosen: { event: WorkItemEvent; assigneeUserId?: string }) =>
      expectOk(api.POST('/api/organizations/{organizationId}/work-items/{workItemId}/transitions', { params: { path }, body: { ...chosen, ...(note.trim() && { note: note.trim() }) } })),
    onSuccess: () => {
      setNote('');
      refresh();
    },
  });
  const update = useMutation({
    mutationFn: (changes: { dueDate?: string | null; priority?: WorkItemPriority }) => expectOk(api.PATCH('/api/organizations/{organizationId}/work-items/{workItemId}', { params: { path }, body: changes })),
    onSuccess: () => {
      setDueDate(null);
      refresh();
    },
  });
  const nameOf = (id: string | null) => (id ? (members.data?.find((member) => member.userId === id)?.displayName ?? id) : null);

  if (item.isPending) return <Loader aria-label="Loading the work item" />;
  if (item.error) return <Alert color="red" role="alert">{messageOf(item.error)}</Alert>;
  const data = item.data;
  const link = recordLink(data.recordType, data.recordId);
  const error = addNote.error ?? transition.error ?? update.error;
  return (
    <Stack>
      <Title order={1} size="h2">
        {data.title}
      </Title>
      <Text>
        {data.kind} · {data.category ?? 'no category'} · {data.state} · owner {data.ownerRole ?? nameOf(data.ownerUserId) ?? 'none'} · assignee {nameOf(data.assigneeUserId) ?? 'none'} · due {data.dueDate ?? 'none'} · {data.priority}
      </Text>
      <Text size="sm">
        Record:{' '}
        {link ? (
          <Anchor component={Link} to={link}>
            open the {data.recordType}
          </Anchor>
        ) : (
          `${data.recordType} ${data.recordId}`
        )}
      </Text>
      {data.resolutionNote && <Text size="sm">Resolution: {data.resolutionNote}</Text>}
      <Group align="end">
        <NativeSelect
          label="Assign to"
          value={assignee}
          onChange={(change) => setAssignee(change.currentTarget.value)}
          data={[{ value: '', label: 'choose a member' }, ...(members.data ?? []).map((member) => ({ value: member.userId, label: `${member.displayName} (${member.roles.join(', ')})` }))]}
        />
        <Button variant="default" disabled={!assignee} onClick={() => transition.mutate({ event: 'assign', assigneeUserId: assignee })} loading={transition.isPending && transition.variables.event === 'assign'}>
          Assign
        </Button>
        <Button variant="default" disabled={!userId} onClick={() => userId && transition.mutate({ event: 'assign', assigneeUserId: userId })}>
          Assign to me
        </Button>
      </Group>
      <Group align="end">
        <TextInput label="Due date" type="date" value={dueDate ?? data.dueDate ?? ''} onChange={(change) => setDueDate(change.currentTarget.value)} />
        <Button variant="default" disabled={dueDate === null} onClick={() => update.mutate({ dueDate: dueDate || null })} loading={update.isPending && update.variables.dueDate !== undefined}>
          Set due date
        </Button>
        <NativeSelect label="Priority" value={data.priority} onChange={(change) => update.mutate({ priority: change.currentTarget.value as WorkItemPriority })} data={[...PRIORITIES]} />
      </Group>
      <Title order={2} size="h3">
        Notes
      </Title>
      {data.notes.length === 0 && <Text c="dimmed">No notes yet.</Text>}
      {data.notes.map((entry) => (
        <Paper key={entry.id} withBorder p="xs">
          <Text size="xs" c="dimmed">
            {entry.createdAt} · {entry.authorType === 'user' ? (nameOf(entry.authorId) ?? entry.authorId) : `${entry.authorType} ${entry.authorId}`}
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
        <Button onClick={() => transition.mutate({ event })} loading={transition.isPending && transition.variables.event === event}>
          Apply
        </Button>
      </Group>
      {error && <Alert color="red" role="alert">{messageOf(error)}</Alert>}
    </Stack>
  );
}
