import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { LedgerSummary } from '../api/views';
import { formatCents } from './money';

/** The ledger's totals: what is still owed, the posted remittances, and the entries by kind. */
export function LedgerTotals({ summary }: { summary: LedgerSummary }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ledger-totals">
      <Stack>
        <Title order={2} size="h3" id="ledger-totals">
          Ledger totals
        </Title>
        <Text>
          Open balance (payers and patients): <strong>{formatCents(summary.balanceCents)}</strong>. Posted remittances: {summary.remittanceTotals.remittances}, paying{' '}
          {formatCents(summary.remittanceTotals.paymentCents)}.
        </Text>
        <Table aria-label="Ledger entries by kind" maw={520}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Kind</Table.Th>
              <Table.Th ta="right">Entries</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.byKind.map((row) => (
              <Table.Tr key={row.kind}>
                <Table.Td>{row.kind}</Table.Td>
                <Table.Td ta="right">{row.entries}</Table.Td>
                <Table.Td ta="right">{formatCents(row.amountCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>All entries</Table.Th>
              <Table.Td ta="right">{summary.entries}</Table.Td>
              <Table.Td />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Stack>
    </Paper>
  );
}
