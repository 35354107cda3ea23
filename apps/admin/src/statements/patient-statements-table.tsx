import { Alert, Anchor, List, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { messageOf } from '../api/problem';
import { formatCents } from '../money/cents';
import { statementPdfHref, usePatientStatements } from './statement-queries';
import { deliveryText, KIND_LABELS } from './statement-words';

/** The statements sent to the patient, newest first: kind, dates, amount due, each delivery attempt, and the PDF as sent. */
export function PatientStatementsTable({ organizationId, patientId }: { organizationId: string; patientId: string }) {
  const statements = usePatientStatements(organizationId, patientId);
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Statements sent
      </Title>
      {statements.isPending && <Loader aria-label="Loading the statements sent" />}
      {statements.error && (
        <Alert color="red" role="alert">
          {messageOf(statements.error)}
        </Alert>
      )}
      {statements.data && statements.data.length === 0 && <Text>No statement has been sent to this patient.</Text>}
      {statements.data && statements.data.length > 0 && (
        <Table aria-label="Statements sent">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th>Amount due</Table.Th>
              <Table.Th>Deliveries</Table.Th>
              <Table.Th>PDF</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {statements.data.map((statement) => (
              <Table.Tr key={statement.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{statement.statementDate}</Table.Td>
                <Table.Td>{KIND_LABELS[statement.kind]}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{statement.dueDate}</Table.Td>
                <Table.Td>{formatCents(statement.amountDueCents)}</Table.Td>
                <Table.Td style={{ wordBreak: 'break-word' }}>
                  {statement.deliveries.length === 0 ? (
                    'none recorded'
                  ) : (
                    <List size="sm">
                      {statement.deliveries.map((delivery) => (
                        <List.Item key={delivery.id}>{deliveryText(delivery)}</List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
                <Table.Td>
                  <Anchor href={statementPdfHref(organizationId, statement.id)} download>
                    {`${KIND_LABELS[statement.kind]} of ${statement.statementDate} (PDF)`}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
