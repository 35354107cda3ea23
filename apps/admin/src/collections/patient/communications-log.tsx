import { Alert, Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { expectOk, messageOf } from '../../api/problem';
import type { CollectionCommunication, GeneratedValidationNotice } from '../../api/views';
import { dateTime } from '../../format/date-time';
import { formatCents } from '../../money/cents';
import { noticePdfHref } from '../collection-queries';
import { callDetailsText, COMMUNICATION_KINDS, communicationOutcome } from '../collection-words';

function CommunicationsTable({ organizationId, communications }: { organizationId: string; communications: readonly CollectionCommunication[] }) {
  if (communications.length === 0) return <Text>No collection communication is logged for the patient.</Text>;
  return (
    <Table aria-label="Collection communications">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>When</Table.Th>
          <Table.Th>What</Table.Th>
          <Table.Th>Outcome</Table.Th>
          <Table.Th>Summary</Table.Th>
          <Table.Th>Kept until</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {communications.map((communication) => (
          <Table.Tr key={communication.id}>
            <Table.Td>
              <time dateTime={communication.occurredAt}>{dateTime(communication.occurredAt)}</time>
            </Table.Td>
            <Table.Td>
              {COMMUNICATION_KINDS[communication.kind]}
              {communication.kind === 'validation-notice' && communication.outcome === 'sent' && (
                <>
                  {' '}
                  <Anchor href={noticePdfHref(organizationId, communication.id)} download aria-label={`Validation notice of ${dateTime(communication.occurredAt)} (PDF)`}>
                    PDF
                  </Anchor>
                </>
              )}
            </Table.Td>
            <Table.Td>{communicationOutcome(communication)}</Table.Td>
            <Table.Td>
              {communication.summary}
              {communication.details && (
                <Text size="xs" c="dimmed">
                  {callDetailsText(communication.details)}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{communication.retainUntil}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

interface CommunicationsLogProps {
  readonly organizationId: string;
  readonly patientId: string;
  readonly communications: readonly CollectionCommunication[];
  readonly canWork: boolean;
  readonly onChanged: () => void;
}

/** Every collection communication (a refused one with its rule), and a validation notice sent in the clinic's name after the final notice. */
export function CommunicationsLog({ organizationId, patientId, communications, canWork, onChanged }: CommunicationsLogProps) {
  const notice = useMutation({
    mutationFn: () =>
      expectOk<GeneratedValidationNotice>(api.POST('/api/organizations/{organizationId}/patients/{patientId}/validation-notice', { params: { path: { organizationId, patientId } } })),
    onSuccess: onChanged,
  });
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">
          Communications
        </Title>
        {canWork && (
          <Button variant="light" onClick={() => notice.mutate()} loading={notice.isPending}>
            Send a validation notice in the clinic's name
          </Button>
        )}
      </Group>
      {notice.data && (
        <Alert color="teal" role="status" title="Validation notice generated">
          Itemized from {notice.data.notice.itemizationDate}, {formatCents(notice.data.notice.amountNowCents)} owed; the validation period ends on {notice.data.notice.validationPeriodEndsOn}.{' '}
          <Anchor href={noticePdfHref(organizationId, notice.data.communicationId)} download c="inherit" underline="always">
            Download the PDF to mail
          </Anchor>
        </Alert>
      )}
      {notice.error && (
        <Alert color="red" role="alert" title="No validation notice was generated">
          {messageOf(notice.error)}
        </Alert>
      )}
      <CommunicationsTable organizationId={organizationId} communications={communications} />
    </Stack>
  );
}
