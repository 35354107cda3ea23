import { Anchor, Checkbox, List, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { PlacementDecision } from '../api/views';
import { formatCents } from '../money/cents';
import { exclusionReason } from './collection-words';

const PatientLink = ({ decision }: { decision: PlacementDecision }) => (
  <Anchor component={Link} to={`/patients/${decision.patientId}`}>
    {decision.patientName}
  </Anchor>
);

interface ProposedTableProps {
  readonly decisions: readonly PlacementDecision[];
  /** The patients a manager leaves out; absent when the batch cannot be decided (or not by this user). */
  readonly leftOut?: ReadonlySet<string>;
  readonly onLeaveOut?: (patientId: string, leaveOut: boolean) => void;
}

/** The accounts the rules propose, each with a box a manager ticks to leave it out of the placement. */
export function ProposedTable({ decisions, leftOut, onLeaveOut }: ProposedTableProps) {
  if (decisions.length === 0) return <Text>The rules proposed no account.</Text>;
  return (
    <Table aria-label="Accounts proposed">
      <Table.Thead>
        <Table.Tr>
          {leftOut && <Table.Th>Leave out</Table.Th>}
          <Table.Th>Patient</Table.Th>
          <Table.Th>Account</Table.Th>
          <Table.Th>Balance</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {decisions.map((decision) => (
          <Table.Tr key={decision.patientId}>
            {leftOut && (
              <Table.Td>
                <Checkbox aria-label={`Leave out ${decision.patientName}`} checked={leftOut.has(decision.patientId)} onChange={(event) => onLeaveOut?.(decision.patientId, event.currentTarget.checked)} />
              </Table.Td>
            )}
            <Table.Td>
              <PatientLink decision={decision} />
            </Table.Td>
            <Table.Td>{decision.accountNumber}</Table.Td>
            <Table.Td>{formatCents(decision.balanceCents)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The accounts the rules left out, each with every reason that applies, in plain words. */
export function ExcludedTable({ decisions }: { decisions: readonly PlacementDecision[] }) {
  if (decisions.length === 0) return <Text>The rules left no account out.</Text>;
  return (
    <Table aria-label="Accounts left out">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Patient</Table.Th>
          <Table.Th>Account</Table.Th>
          <Table.Th>Balance</Table.Th>
          <Table.Th>Why</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {decisions.map((decision) => (
          <Table.Tr key={decision.patientId}>
            <Table.Td>
              <PatientLink decision={decision} />
            </Table.Td>
            <Table.Td>{decision.accountNumber}</Table.Td>
            <Table.Td>{formatCents(decision.balanceCents)}</Table.Td>
            <Table.Td>
              <List size="sm">
                {decision.reasons.map((reason) => (
                  <List.Item key={reason}>{exclusionReason(reason)}</List.Item>
                ))}
              </List>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
