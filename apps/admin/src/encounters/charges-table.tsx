import { Button, Group, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Charge } from '../api/views';
import { dollars, procedureKind } from './charge-entry';
import { CodeDescription } from './code-description';

interface ChargesTableProps {
  readonly charges: readonly Charge[];
  /** Absent when the user may not void, or the encounter's state no longer takes charge changes. */
  readonly onVoid?: (chargeId: string, reason: string) => Promise<unknown>;
}

/** The encounter's charges in entry order, voided ones struck through with their reason; void asks why. */
export function ChargesTable({ charges, onVoid }: ChargesTableProps) {
  const [voiding, setVoiding] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  if (charges.length === 0) return <Text c="dimmed">No charges yet.</Text>;
  const live = charges.filter((charge) => !charge.voidedAt);
  return (
    <Table striped aria-label="Charges">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Code</Table.Th>
          <Table.Th>Modifiers</Table.Th>
          <Table.Th>Units</Table.Th>
          <Table.Th>Pointers</Table.Th>
          <Table.Th>Amount</Table.Th>
          <Table.Th>Status</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {charges.map((charge) => (
          <Table.Tr key={charge.id} style={charge.voidedAt ? { textDecoration: 'line-through' } : undefined}>
            <Table.Td>
              {charge.procedureCode} <CodeDescription kind={procedureKind(charge.procedureCode)} code={charge.procedureCode} onDate={charge.dateOfService} />
            </Table.Td>
            <Table.Td>{charge.modifiers.join(', ') || '—'}</Table.Td>
            <Table.Td>{charge.units}</Table.Td>
            <Table.Td>{charge.diagnosisPointers.join(', ')}</Table.Td>
            <Table.Td>{dollars(charge.amountCents)}</Table.Td>
            <Table.Td>
              {charge.voidedAt ? (
                `voided: ${charge.voidReason ?? ''}`
              ) : voiding === charge.id && onVoid ? (
                <Group gap="xs" wrap="nowrap">
                  <TextInput aria-label={`Why void ${charge.procedureCode}`} placeholder="Why" value={reason} onChange={(change) => setReason(change.currentTarget.value)} />
                  <Button
                    size="xs"
                    color="red"
                    disabled={!reason.trim()}
                    onClick={() => void onVoid(charge.id, reason.trim()).then(() => setVoiding(null), () => undefined)}
                  >
                    Void
                  </Button>
                </Group>
              ) : onVoid ? (
                <Button size="xs" variant="default" onClick={() => (setVoiding(charge.id), setReason(''))}>
                  Void {charge.procedureCode}
                </Button>
              ) : (
                'entered'
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th colSpan={4}>Total</Table.Th>
          <Table.Th>{dollars(live.reduce((sum, charge) => sum + charge.amountCents, 0))}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
