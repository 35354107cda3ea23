import { Alert, Button, Group, Loader, Paper, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { components } from '../api/schema';
import type { Page, Patient } from '../api/views';
import { ListPager } from '../lists/list-pager';
import { usePagedList } from '../lists/use-paged-list';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, REGISTRATION_ROLES } from '../session/permissions';
import { PatientRegistrationForm } from './patient-registration-form';

type Search = components['schemas']['SearchPatientsDto'];

const PAGE_SIZE = 50;

function PatientSearch({ organizationId }: { organizationId: string }) {
  const [lastName, setLastName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [search, setSearch] = useState<Search | null>(null);
  const list = usePagedList(
    ['patients', organizationId, search],
    (after) => expectOk<Page<Patient>>(api.POST('/api/organizations/{organizationId}/patients/search', { params: { path: { organizationId } }, body: { ...(search as Search), ...(after && { after }) } })),
    { enabled: search !== null },
  );
  const results = list.query;

  function submit(event: FormEvent) {
    event.preventDefault();
    setSearch({ limit: PAGE_SIZE, ...(lastName.trim() && { lastName: lastName.trim() }), ...(birthDate && { birthDate }) });
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="search-title">
      <Stack>
        <Title order={2} size="h3" id="search-title">
          Find a patient
        </Title>
        <form onSubmit={submit} aria-label="Find a patient">
          <Group align="end">
            <TextInput label="Last name starts with" value={lastName} onChange={(event) => setLastName(event.currentTarget.value)} />
            <TextInput label="Birth date" type="date" value={birthDate} onChange={(event) => setBirthDate(event.currentTarget.value)} />
            <Button type="submit">Search</Button>
          </Group>
        </form>
        {results.isFetching && <Loader size="sm" aria-label="Searching" />}
        {results.error && <Alert color="red" role="alert">{messageOf(results.error)}</Alert>}
        {results.data && (
          <>
            <Table aria-label="Patients found">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Birth date</Table.Th>
                  <Table.Th>Sex</Table.Th>
                  <Table.Th>Account</Table.Th>
                  <Table.Th>SSN</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {results.data.items.map((patient) => (
                  <Table.Tr key={patient.id}>
                    <Table.Td>
                      {patient.lastName}, {patient.firstName}
                    </Table.Td>
                    <Table.Td>{patient.birthDate}</Table.Td>
                    <Table.Td>{patient.sex}</Table.Td>
                    <Table.Td>{patient.accountNumber ?? ''}</Table.Td>
                    <Table.Td>{patient.ssnLast4 ? `***-**-${patient.ssnLast4}` : ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <ListPager list={list} label="Patients found" noun="patient(s)" />
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** Patient search, and registration for the roles that may register. */
export function PatientsPage() {
  const { organizationId, roles } = useCurrentOrganization();
  return (
    <Stack>
      <Title order={1} size="h2">
        Patients
      </Title>
      <PatientSearch organizationId={organizationId} />
      {allows(roles, REGISTRATION_ROLES) && <PatientRegistrationForm organizationId={organizationId} />}
    </Stack>
  );
}
