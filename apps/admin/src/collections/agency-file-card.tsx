import { Badge, Group, List, Paper, Stack, Table, Text } from '@mantine/core';
import type { AgencyFile } from '../api/views';
import { dateTime } from '../format/date-time';
import { agencyFileSummary } from './collection-words';

const ORIGINS: Readonly<Record<AgencyFile['origin'], string>> = { fetched: 'Fetched from the agency', uploaded: 'Uploaded by staff' };

function FailuresTable({ file }: { file: AgencyFile }) {
  return (
    <Table aria-label={`Rows of ${file.fileName} that failed`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Line</Table.Th>
          <Table.Th>Account</Table.Th>
          <Table.Th>Agency reference</Table.Th>
          <Table.Th>Why</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {file.failures.map((failure) => (
          <Table.Tr key={`${failure.line ?? ''}-${failure.reference}`}>
            <Table.Td>{failure.line ?? '—'}</Table.Td>
            <Table.Td>{failure.accountNumber}</Table.Td>
            <Table.Td>{failure.reference}</Table.Td>
            <Table.Td>{failure.reason}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One file of the import log: read or refused, what its rows did; a refused file's issues (line and field), a read file's failed rows and why. */
export function AgencyFileCard({ file }: { file: AgencyFile }) {
  return (
    <Paper withBorder p="sm" component="article" aria-label={`File ${file.fileName}`}>
      <Stack gap="xs">
        <Group gap="xs">
          <Text fw={600}>{file.fileName}</Text>
          <Badge color={file.status === 'refused' ? 'red' : file.failures.length > 0 ? 'orange' : 'teal'} variant="light">
            {file.status === 'refused' ? 'Refused' : 'Read'}
          </Badge>
        </Group>
        <Text size="sm">
          {ORIGINS[file.origin]} <time dateTime={file.createdAt}>{dateTime(file.createdAt)}</time> · {agencyFileSummary(file)}
        </Text>
        {file.issues.length > 0 && (
          <List size="sm" aria-label={`Issues of ${file.fileName}`}>
            {file.issues.map((issue, index) => (
              <List.Item key={`${issue.field}-${index}`}>
                <strong>{issue.field}</strong>: {issue.message}
              </List.Item>
            ))}
          </List>
        )}
        {file.failures.length > 0 && <FailuresTable file={file} />}
      </Stack>
    </Paper>
  );
}
