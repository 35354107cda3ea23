import { Anchor, Badge, Button, Table } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { Deposit } from '../api/views';
import { formatCents } from '../money/cents';

interface DepositsTableProps {
  readonly deposits: readonly Deposit[];
  /** Offered to the roles that reconcile; null hides the actions. */
  readonly onAction: ((action: 'match' | 'unmatch', deposit: Deposit) => void) | null;
}

/** Deposits with their state: the remittance matched (and any difference), or the near matches of an unmatched one. */
export function DepositsTable({ deposits, onAction }: DepositsTableProps) {
  return (
    <Table aria-label="Deposits" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Date</Table.Th>
          <Table.Th ta="right">Amount</Table.Th>
          <Table.Th>Trace</Table.Th>
          <Table.Th>Payer</Table.Th>
          <Table.Th>State</Table.Th>
          <Table.Th>Remittance</Table.Th>
          {onAction && <Table.Th>Action</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {deposits.map((deposit) => (
          <Table.Tr key={deposit.id}>
            <Table.Td>{deposit.depositDate}</Table.Td>
            <Table.Td ta="right">{formatCents(deposit.amountCents)}</Table.Td>
            <Table.Td>{deposit.traceNumber ?? ''}</Table.Td>
            <Table.Td>{deposit.payerName ?? ''}</Table.Td>
            <Table.Td>
              {deposit.state === 'matched' ? <Badge variant="light" color="green">matched ({deposit.matchMethod})</Badge> : <Badge variant="light" color="orange">unmatched</Badge>}
            </Table.Td>
            <Table.Td>
              {deposit.remittance ? (
                <Anchor component={Link} to={`/remittances/${deposit.remittance.id}`}>
                  {deposit.remittance.traceNumber} — {deposit.remittance.payerName}, {formatCents(deposit.remittance.paymentCents)}
                  {deposit.differenceCents ? ` (difference ${formatCents(deposit.differenceCents)})` : ''}
                </Anchor>
              ) : (
                deposit.nearMatches.map((near) => `near: ${near.traceNumber} at ${formatCents(near.remittanceCents)}`).join('; ')
              )}
            </Table.Td>
            {onAction && (
              <Table.Td>
                {deposit.state === 'matched' ? (
                  <Button size="xs" variant="light" color="red" onClick={() => onAction('unmatch', deposit)} aria-label={`Unmatch the deposit of ${formatCents(deposit.amountCents)} on ${deposit.depositDate}`}>
                    Unmatch
                  </Button>
                ) : (
                  <Button size="xs" variant="light" onClick={() => onAction('match', deposit)} aria-label={`Match the deposit of ${formatCents(deposit.amountCents)} on ${deposit.depositDate}`}>
                    Match
                  </Button>
                )}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
