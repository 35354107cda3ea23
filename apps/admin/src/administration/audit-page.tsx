import { Alert, Button, Group, Loader, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { expectOk, fieldMessage, formMessage } from '../api/problem';
import type { AuditEvent, Member, Page } from '../api/views';
import { ListPager } from '../lists/list-pager';
import { usePagedList } from '../lists/use-paged-list';
import { useCurrentOrganization } from '../session/current-organization';
import { formatWhen } from './format';
import { useMembersQuery } from './members-query';
import { PatientPicker } from './patient-picker';

const PAGE_SIZE = 25;
const FIELDS = ['patientId', 'actorId', 'from', 'to'];
const EMPTY = { patientId: '', patientName: '', actorId: '', fromDate: '', toDate: '' };

interface AuditSearch {
  readonly patientId?: string;
  readonly actorId?: string;
  readonly from?: string;
  readonly to?: string;
}

/** The start of a local calendar day as a UTC timestamp, `days` later. */
function startOfDay(date: string, days = 0): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, (day ?? 1) + days).toISOString();
}

/** The form's dates are whole local days, both included; the API's range is `from` inclusive, `to` exclusive. */
function searchOf(values: typeof EMPTY): AuditSearch {
  return {
    ...(values.patientId.trim() && { patientId: values.patientId.trim() }),
    ...(values.actorId && { actorId: values.actorId }),
    ...(values.fromDate && { from: startOfDay(values.fromDate) }),
    ...(values.toDate && { to: startOfDay(values.toDate, 1) }),
  };
}

function actorName(event: AuditEvent, members: readonly Member[]): string {
  const member = event.actorType === 'user' ? members.find((candidate) => candidate.userId === event.actorId) : undefined;
  return member ? `${member.displayName} (${member.email})` : `${event.actorType} ${event.actorId}`;
}

/** The audit trail: who read or changed patient data, searched by patient, user and days, newest first, pages of 25. */
export function AuditPage() {
  const { organizationId } = useCurrentOrganization();
  const members = useMembersQuery(organizationId);
  const [values, setValues] = useState(EMPTY);
  const [search, setSearch] = useState<AuditSearch>({});
  const list = usePagedList(['audit-events', organizationId, search], (after) =>
    expectOk<Page<AuditEvent>>(api.GET('/api/organizations/{organizationId}/audit-events', { params: { path: { organizationId }, query: { ...search, limit: PAGE_SIZE, ...(after && { after }) } } })),
  );
  const events = list.query;
  const set = (field: keyof typeof EMPTY) => (event: { currentTarget: { value: string } }) => setValues({ ...values, [field]: event.currentTarget.value });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSearch(searchOf(values));
  }

  const message = formMessage(events.error, FIELDS);
  return (
    <Stack>
      <Title order={1} size="h2">
        Audit trail
      </Title>
      <PatientPicker organizationId={organizationId} onPick={(patient) => setValues({ ...values, patientId: patient.id, patientName: `${patient.lastName}, ${patient.firstName} (${patient.birthDate})` })} />
      <form onSubmit={submit} noValidate aria-label="Search the audit trail">
        <Group align="flex-start">
          <TextInput
            label="Patient ID"
            value={values.patientId}
            onChange={(event) => setValues({ ...values, patientId: event.currentTarget.value, patientName: '' })}
            error={fieldMessage(events.error, 'patientId')}
            w={330}
          />
          <NativeSelect
            label="User"
            value={values.actorId}
            onChange={set('actorId')}
            error={fieldMessage(events.error, 'actorId')}
            data={[{ value: '', label: 'anyone' }, ...(members.data ?? []).map((member) => ({ value: member.userId, label: `${member.displayName} (${member.email})` }))]}
          />
          <TextInput label="From" type="date" value={values.fromDate} onChange={set('fromDate')} error={fieldMessage(events.error, 'from')} />
          <TextInput label="To (included)" type="date" value={values.toDate} onChange={set('toDate')} error={fieldMessage(events.error, 'to')} />
        </Group>
        {values.patientName && (
          <Text size="sm" mt="xs">
            Patient: {values.patientName}
          </Text>
        )}
        <Button type="submit" mt="sm">
          Search
        </Button>
      </form>
      {events.isPending && <Loader aria-label="Loading the audit trail" />}
      {message && (
        <Alert color="red" role="alert">
          {message}
        </Alert>
      )}
      {events.data && (
        <>
          <Table aria-label="Audit events">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Who</Table.Th>
                <Table.Th>Action</Table.Th>
                <Table.Th>Record</Table.Th>
                <Table.Th>Patient</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.data.items.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td>{formatWhen(event.at, { seconds: true })}</Table.Td>
                  <Table.Td>{actorName(event, members.data ?? [])}</Table.Td>
                  <Table.Td>{event.action}</Table.Td>
                  <Table.Td>
                    {event.recordType} <Text span ff="monospace" size="sm">{event.recordId}</Text>
                  </Table.Td>
                  <Table.Td ff="monospace">{event.patientId ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <ListPager list={list} label="Audit events" noun="event(s)" />
        </>
      )}
    </Stack>
  );
}
