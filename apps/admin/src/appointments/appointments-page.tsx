import { Alert, Anchor, Group, Loader, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { Encounter, Page } from '../api/views';
import { ListPager } from '../lists/list-pager';
import { usePagedList } from '../lists/use-paged-list';
import { usePatient } from '../patients/patient-queries';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, SCHEDULING_ROLES } from '../session/permissions';
import { providerName, useLocations, useProviders } from './reference-queries';
import { ScheduleAppointmentForm } from './schedule-appointment-form';

const PAGE_SIZE = 50;

/** Today as a local calendar date, YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function PatientName({ organizationId, patientId }: { organizationId: string; patientId: string }) {
  const patient = usePatient(organizationId, patientId);
  return (
    <Anchor component={Link} to={`/patients/${patientId}`}>
      {patient.data ? `${patient.data.lastName}, ${patient.data.firstName}` : 'patient'}
    </Anchor>
  );
}

/** The day's appointments (encounters of the date, by start time), filtered by location and clinician, and scheduling. */
export function AppointmentsPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const [params] = useSearchParams();
  const presetId = params.get('patientId') ?? '';
  const preset = usePatient(organizationId, presetId);
  const [date, setDate] = useState(today());
  const [locationId, setLocationId] = useState('');
  const [providerId, setProviderId] = useState('');
  const locations = useLocations(organizationId);
  const providers = useProviders(organizationId);
  const filters = { dateFrom: date, dateTo: date, sort: 'scheduledStart', limit: PAGE_SIZE, ...(locationId && { locationId }), ...(providerId && { renderingProviderId: providerId }) };
  const list = usePagedList(
    ['appointments', organizationId, filters],
    (after) => expectOk<Page<Encounter>>(api.GET('/api/organizations/{organizationId}/encounters', { params: { path: { organizationId }, query: { ...filters, ...(after && { after }) } } })),
    { enabled: date !== '' },
  );
  const appointments = list.query;
  const locationName = (id: string) => locations.data?.items.find((location) => location.id === id)?.name ?? '';
  const clinicians = (providers.data?.items ?? []).filter((provider) => provider.kind === 'individual');
  const clinicianName = (id: string) => {
    const provider = providers.data?.items.find((candidate) => candidate.id === id);
    return provider ? providerName(provider) : '';
  };

  return (
    <Stack>
      <Title order={1} size="h2">
        Appointments
      </Title>
      <Paper withBorder p="md" component="section" aria-labelledby="day-title">
        <Stack>
          <Title order={2} size="h3" id="day-title">
            The day's appointments
          </Title>
          <Group align="end">
            <TextInput label="Date" type="date" value={date} onChange={(event) => setDate(event.currentTarget.value)} />
            <NativeSelect label="Location" value={locationId} onChange={(event) => setLocationId(event.currentTarget.value)} data={[{ value: '', label: 'All locations' }, ...(locations.data?.items ?? []).map((location) => ({ value: location.id, label: location.name }))]} />
            <NativeSelect label="Clinician" value={providerId} onChange={(event) => setProviderId(event.currentTarget.value)} data={[{ value: '', label: 'All clinicians' }, ...clinicians.map((provider) => ({ value: provider.id, label: providerName(provider) }))]} />
          </Group>
          {appointments.isFetching && <Loader size="sm" aria-label="Loading appointments" />}
          {appointments.error && <Alert color="red" role="alert">{messageOf(appointments.error)}</Alert>}
          {appointments.data && appointments.data.items.length === 0 && <Text>No appointments on {date}.</Text>}
          {appointments.data && appointments.data.items.length > 0 && (
            <Table aria-label="Appointments">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Time</Table.Th>
                  <Table.Th>Patient</Table.Th>
                  <Table.Th>Clinician</Table.Th>
                  <Table.Th>Location</Table.Th>
                  <Table.Th>Reason</Table.Th>
                  <Table.Th>State</Table.Th>
                  <Table.Th>Open</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {appointments.data.items.map((encounter) => (
                  <Table.Tr key={encounter.id}>
                    <Table.Td>{encounter.scheduledStart ? new Date(encounter.scheduledStart).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' }) : '—'}</Table.Td>
                    <Table.Td>
                      <PatientName organizationId={organizationId} patientId={encounter.patientId} />
                    </Table.Td>
                    <Table.Td>{clinicianName(encounter.renderingProviderId)}</Table.Td>
                    <Table.Td>{locationName(encounter.locationId)}</Table.Td>
                    <Table.Td>{encounter.reason ?? ''}</Table.Td>
                    <Table.Td>{encounter.state}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/appointments/${encounter.id}`}>
                        {encounter.state === 'scheduled' ? 'Check in' : 'Open'}
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {appointments.data && appointments.data.items.length > 0 && <ListPager list={list} label="Appointments" noun="appointment(s)" />}
        </Stack>
      </Paper>
      {allows(roles, SCHEDULING_ROLES) && (presetId === '' || !preset.isLoading) && (
        <ScheduleAppointmentForm organizationId={organizationId} date={date} locations={locations.data?.items ?? []} providers={providers.data?.items ?? []} preset={preset.data} />
      )}
    </Stack>
  );
}
