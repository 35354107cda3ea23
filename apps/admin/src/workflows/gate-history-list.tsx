import { Table, Text } from '@mantine/core';
import type { GateChange, GateChangeValue } from '../api/views';

const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium' });

/** A check's policy and owner, or the stop-the-line window, as a person reads it. */
export function describeValue(change: GateChange, value: GateChangeValue): string {
  if (change.subject === 'settings') return `${value['defectWindowDays']} days`;
  const owner = value['ownerUserId'] ? `member ${value['ownerUserId']}` : `role ${value['ownerRole'] ?? 'manager'}`;
  return `${value['policy']}, owner ${owner}`;
}

/** Who made a change: a user by name and e-mail, another actor by its type and id. */
export function describeActor(actor: GateChange['actor']): string {
  if (actor.type !== 'user') return `${actor.type} ${actor.name}`;
  return actor.email ? `${actor.name} (${actor.email})` : actor.name;
}

/** The gate change log, newest first: when, who, what, the value before and after. */
export function GateHistoryList({ changes }: { changes: readonly GateChange[] }) {
  if (changes.length === 0) return <Text>No gate has been changed yet: every check is enforced and owned by the manager role, the window is 30 days.</Text>;
  return (
    <Table aria-label="Gate change history">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>When</Table.Th>
          <Table.Th>Who</Table.Th>
          <Table.Th>What</Table.Th>
          <Table.Th>Before</Table.Th>
          <Table.Th>After</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((change) => (
          <Table.Tr key={change.id}>
            <Table.Td>
              <time dateTime={change.at}>{when.format(new Date(change.at))}</time>
            </Table.Td>
            <Table.Td>{describeActor(change.actor)}</Table.Td>
            <Table.Td>{change.subject === 'settings' ? 'Stop-the-line window' : `Check ${change.check}`}</Table.Td>
            <Table.Td>{describeValue(change, change.previous)}</Table.Td>
            <Table.Td>{describeValue(change, change.next)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
