import { Alert, List, Stack, Table, Text } from '@mantine/core';
import type { FeeScheduleImportPreview } from '../api/views';
import { formatCents } from '../money/cents';

/** What an entries file holds, read by the server's dry run: its bad lines first, then the rows it would save. */
export function FeeSchedulePreview({ preview }: { preview: FeeScheduleImportPreview }) {
  return (
    <Stack gap="sm">
      {preview.errors.length > 0 && (
        <Alert color="red" role="alert" title={`${preview.errors.length} line(s) to fix before saving`}>
          <Table aria-label="Errors in the file">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Line</Table.Th>
                <Table.Th>Column</Table.Th>
                <Table.Th>Problem</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.errors.map((error) => (
                <Table.Tr key={`${error.line ?? 'file'}-${error.column ?? ''}-${error.message}`}>
                  <Table.Td>{error.line ?? 'file'}</Table.Td>
                  <Table.Td>{error.column ?? ''}</Table.Td>
                  <Table.Td>{error.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Alert>
      )}
      {preview.errors.length > 0 ? (
        <Text>{preview.rows.length} good row(s). Fix the lines above and choose the file again; nothing is saved until the file has no errors.</Text>
      ) : (
        <>
          <Text>{preview.rows.length} row(s) read. Saving them replaces the schedule&apos;s entries:</Text>
          <List size="sm">
            <List.Item>{preview.added} new</List.Item>
            <List.Item>{preview.changed} with a new amount</List.Item>
            <List.Item>{preview.removed} removed (not in the file)</List.Item>
          </List>
        </>
      )}
      {preview.rows.length > 0 && (
        <Table aria-label="Rows read from the file" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Line</Table.Th>
              <Table.Th>Code</Table.Th>
              <Table.Th>Modifier</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.map((row) => (
              <Table.Tr key={row.line}>
                <Table.Td>{row.line}</Table.Td>
                <Table.Td>{row.code}</Table.Td>
                <Table.Td>{row.modifier}</Table.Td>
                <Table.Td ta="right">{formatCents(row.amountCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
