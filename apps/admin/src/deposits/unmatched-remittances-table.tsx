import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { UnmatchedRemittance } from '../api/views';
import { formatCents } from '../money/cents';

/** Posted remittances with money that no deposit matched yet. */
export function UnmatchedRemittancesTable({ remittances }: { remittances: readonly UnmatchedRemittance[] }) {
  return (
    <Table aria-label="Remittances no deposit matched" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Check / EFT</Table.Th>
          <Table.Th>Payer</Table.Th>
          <Table.Th>Method</Table.Th>
          <Table.Th>Payment date</Table.Th>
          <Table.Th>Received</Table.Th>
          <Table.Th ta="right">Amount</Table.Th>
          <Table.Th>Near matches</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {remittances.map((remittance) => (
          <Table.Tr key={remittance.id}>
            <Table.Td>
              <Anchor component={Link} to={`/remittances/${remittance.id}`}>
                {remittance.traceNumber}
              </Anchor>
            </Table.Td>
            <Table.Td>{remittance.payerName}</Table.Td>
            <Table.Td>{remittance.method}</Table.Td>
            <Table.Td>{remittance.paymentDate ?? ''}</Table.Td>
            <Table.Td>{remittance.receivedOn}</Table.Td>
            <Table.Td ta="right">{formatCents(remittance.paymentCents)}</Table.Td>
            <Table.Td>{remittance.nearMatches.map((near) => `a deposit of ${formatCents(near.depositCents)}`).join('; ')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
