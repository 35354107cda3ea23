import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { DashboardCounts } from '../api/views';

type QueueCounts = DashboardCounts['openWorkItems'];

/** The work-items list showing the unresolved items of one queue. */
export function queueLink(row: QueueCounts[number]): string {
  const query = new URLSearchParams({ kind: row.kind, ...(row.category === null ? { uncategorized: 'true' } : { category: row.category }), active: 'true' });
  return `/work-items?${query.toString()}`;
}

/** Unresolved work items by queue (kind and category), each count opening the work-items list filtered to it. */
export function OpenWorkItems({ counts }: { counts: QueueCounts }) {
  const total = counts.reduce((sum, row) => sum + row.items, 0);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="open-work-items">
      <Stack>
        <Title order={2} size="h3" id="open-work-items">
          Open work items
        </Title>
        <Text>
          {total} unresolved item(s): open, assigned, in progress or waiting on the payer.
        </Text>
        {counts.length > 0 && (
          <Table aria-label="Open work items by queue" maw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Category</Table.Th>
                <Table.Th ta="right">Items</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {counts.map((row) => (
                <Table.Tr key={`${row.kind}/${row.category ?? ''}`}>
                  <Table.Td>{row.kind}</Table.Td>
                  <Table.Td>{row.category ?? '(none)'}</Table.Td>
                  <Table.Td ta="right">
                    <Anchor component={Link} to={queueLink(row)} aria-label={`${row.items} open ${row.kind} item(s)${row.category ? ` in ${row.category}` : ''}`}>
                      {row.items}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
