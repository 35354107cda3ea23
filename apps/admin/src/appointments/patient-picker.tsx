import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { expectOk } from '../api/problem';
import type { Page, Patient } from '../api/views';

/** Finds a patient by the start of the last name and picks one of those found. */
export function PatientPicker({
  organizationId,
  value,
  onChange,
  error,
  preset,
}: {
  organizationId: string;
  value: string;
  onChange: (patientId: string) => void;
  error?: string;
  /** A patient chosen before (coming from the patient's page), offered without a search. */
  preset?: Patient;
}) {
  const [lastName, setLastName] = useState('');
  const [searched, setSearched] = useState<string | null>(null);
  const found = useQuery({
    queryKey: ['patients', organizationId, { lastName: searched }],
    queryFn: () => expectOk<Page<Patient>>(api.POST('/api/organizations/{organizationId}/patients/search', { params: { path: { organizationId } }, body: { limit: 50, lastName: searched ?? '' } })),
    enabled: searched !== null,
  });
  const options = [...(preset ? [preset] : []), ...(found.data?.items ?? []).filter((patient) => patient.id !== preset?.id)];
  const more = found.data && found.data.total > found.data.items.length ? `${found.data.total} patients match; the first ${found.data.items.length} are listed — type more of the name` : undefined;
  return (
    <Group align="end" grow>
      <TextInput label="Patient last name starts with" value={lastName} onChange={(event) => setLastName(event.currentTarget.value)} />
      <Button variant="light" onClick={() => setSearched(lastName.trim())} disabled={lastName.trim() === ''} loading={found.isFetching}>
        Find patient
      </Button>
      <NativeSelect
        label="Patient"
        required
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        description={more}
        data={[
          { value: '', label: searched === null && !preset ? 'Search first' : 'Choose a patient' },
          ...options.map((patient) => ({ value: patient.id, label: `${patient.lastName}, ${patient.firstName} (${patient.birthDate})` })),
        ]}
      />
    </Group>
  );
}
