import { Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { EncounterDetail, Location, Patient, Provider } from '../api/views';

interface EncounterHeaderProps {
  readonly encounter: EncounterDetail;
  readonly patient?: Patient;
  readonly provider?: Provider;
  readonly location?: Location;
}

function Field({ label, children }: { label: string; children: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

/** Who was seen, when, by whom and where, and the encounter's state. */
export function EncounterHeader({ encounter, patient, provider, location }: EncounterHeaderProps) {
  const patientName = patient ? `${patient.lastName}, ${patient.firstName}` : 'Patient';
  return (
    <Stack gap="xs">
      <Group>
        <Title order={1} size="h2">
          Encounter: {patientName}
        </Title>
        <Badge size="lg" variant="light" aria-label={`State: ${encounter.state}`}>
          {encounter.state}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        <Field label="Patient">{patient ? `${patientName} (born ${patient.birthDate})` : '…'}</Field>
        <Field label="Date of service">{encounter.dateOfService}</Field>
        <Field label="Provider">{provider ? [provider.firstName, provider.name].filter(Boolean).join(' ') : '…'}</Field>
        <Field label="Location">{location ? `${location.name} (POS ${encounter.placeOfService})` : '…'}</Field>
        <Field label="Coverage">{encounter.selfPay ? 'Self-pay' : 'Billed to coverage'}</Field>
      </SimpleGrid>
    </Stack>
  );
}
