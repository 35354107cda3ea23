import { Alert, Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { expectOk, fieldMessage, messageOf } from '../api/problem';
import type { Page, Patient } from '../api/views';

const SHOWN = 10;

/** Finds a patient by the start of the last name and hands the one picked to `onPick` (its id is what the audit needs). */
export function PatientPicker({ organizationId, onPick }: { organizationId: string; onPick: (patient: Patient) => void }) {
  const [lastName, setLastName] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const results = useQuery({
    queryKey: ['patients', organizationId, 'picker', search],
    queryFn: () =>
      expectOk<Page<Patient>>(api.POST('/api/organizations/{organizationId}/patients/search', { params: { path: { organizationId } }, body: { limit: SHOWN, lastName: search ?? '' } })),
    enabled: search !== null,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSearch(lastName.trim());
  }

  return (
    <Stack gap="xs">
      <form onSubmit={submit} noValidate aria-label="Find the patient">
        <Group align="flex-end">
          <TextInput label="Patient's last name starts with" value={lastName} onChange={(event) => setLastName(event.currentTarget.value)} error={fieldMessage(results.error, 'lastName')} />
          <Button type="submit" variant="default">
            Find the patient
          </Button>
        </Group>
      </form>
      {results.isFetching && <Loader size="sm" aria-label="Finding the patient" />}
      {results.error && !fieldMessage(results.error, 'lastName') && (
        <Alert color="red" role="alert">
          {messageOf(results.error)}
        </Alert>
      )}
      {results.data && (
        <Group gap="xs" aria-label="Patients found" role="group">
          {results.data.items.length === 0 && <Text size="sm">No patient's last name starts with that.</Text>}
          {results.data.items.map((patient) => (
            <Button key={patient.id} size="xs" variant="light" onClick={() => onPick(patient)}>
              {patient.lastName}, {patient.firstName} ({patient.birthDate})
            </Button>
          ))}
          {results.data.total > SHOWN && <Text size="sm">and {results.data.total - SHOWN} more: type more of the name.</Text>}
        </Group>
      )}
    </Stack>
  );
}
