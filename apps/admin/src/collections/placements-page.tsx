import { Alert, Anchor, Checkbox, Loader, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { messageOf } from '../api/problem';
import type { Placement, PlacementState } from '../api/views';
import { formatCents } from '../money/cents';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, COLLECTION_WORKER_ROLES } from '../session/permissions';
import { collectionKeys, usePlacements } from './collection-queries';
import { lastActivityText, PLACEMENT_STATES } from './collection-words';
import { CollectionsTabs } from './collections-tabs';
import { RecallForm } from './recall-form';

const STATES = Object.keys(PLACEMENT_STATES) as PlacementState[];

interface PlacementsTableProps {
  readonly placements: readonly Placement[];
  /** The placements ticked for a recall; absent when the user may not recall. */
  readonly selected?: ReadonlySet<string>;
  readonly onSelect?: (placementId: string, selected: boolean) => void;
}

function PlacementsTable({ placements, selected, onSelect }: PlacementsTableProps) {
  return (
    <Table aria-label="Placed accounts">
      <Table.Thead>
        <Table.Tr>
          {selected && <Table.Th>Recall</Table.Th>}
          <Table.Th>Patient</Table.Th>
          <Table.Th>Account</Table.Th>
          <Table.Th>Placed on</Table.Th>
          <Table.Th>Placed</Table.Th>
          <Table.Th>Collected</Table.Th>
          <Table.Th>Balance</Table.Th>
          <Table.Th>Agency status</Table.Th>
          <Table.Th>Last activity</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {placements.map((placement) => (
          <Table.Tr key={placement.id}>
            {selected && (
              <Table.Td>
                {placement.state === 'placed' && (
                  <Checkbox aria-label={`Recall ${placement.patientName}`} checked={selected.has(placement.id)} onChange={(event) => onSelect?.(placement.id, event.currentTarget.checked)} />
                )}
              </Table.Td>
            )}
            <Table.Td>
              <Anchor component={Link} to={`/collections/placements/${placement.id}`}>
                {placement.patientName}
              </Anchor>
            </Table.Td>
            <Table.Td>{placement.accountNumber}</Table.Td>
            <Table.Td>{placement.placedOn}</Table.Td>
            <Table.Td>{formatCents(placement.placedCents)}</Table.Td>
            <Table.Td>{formatCents(placement.collectedCents)}</Table.Td>
            <Table.Td>{formatCents(placement.balanceCents)}</Table.Td>
            <Table.Td>{PLACEMENT_STATES[placement.state]}</Table.Td>
            <Table.Td>{lastActivityText(placement.lastActivity)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The accounts placed with the agency: their status, what was collected and what is owed, the last activity; recall the ones ticked. */
export function PlacementsPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const queryClient = useQueryClient();
  const [state, setState] = useState<PlacementState | ''>('placed');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const placements = usePlacements(organizationId, state === '' ? {} : { state });
  const canRecall = allows(roles, COLLECTION_WORKER_ROLES);
  const select = (placementId: string, tick: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (tick) next.add(placementId);
      else next.delete(placementId);
      return next;
    });
  const [recalled, setRecalled] = useState<number | null>(null);
  const shownIds = new Set((placements.data ?? []).map((placement) => placement.id));
  const ticked = [...selected].filter((id) => shownIds.has(id));

  return (
    <Stack>
      <CollectionsTabs title="Placed accounts" />
      <NativeSelect
        label="Agency status"
        value={state}
        onChange={(event) => {
          setState(event.currentTarget.value as PlacementState | '');
          setSelected(new Set());
        }}
        data={[{ value: '', label: 'Every status' }, ...STATES.map((value) => ({ value, label: PLACEMENT_STATES[value] }))]}
        style={{ maxWidth: 240 }}
      />
      {recalled !== null && (
        <Alert color="teal" role="status">
          {recalled} account(s) recalled: the recall file went to the agency and the accounts left collections.
        </Alert>
      )}
      {placements.isPending && <Loader aria-label="Loading the placed accounts" />}
      {placements.error && (
        <Alert color="red" role="alert">
          {messageOf(placements.error)}
        </Alert>
      )}
      {placements.data && placements.data.length === 0 && <Text>No account has this status.</Text>}
      {placements.data && placements.data.length > 0 && (
        <>
          <PlacementsTable placements={placements.data} {...(canRecall ? { selected, onSelect: select } : {})} />
          <Text size="sm" c="dimmed">
            {placements.data.length} account(s), newest placement first (the server lists up to 500).
          </Text>
        </>
      )}
      {canRecall && ticked.length > 0 && (
        <RecallForm
          placementIds={ticked}
          onRecalled={(done) => {
            setRecalled(done.length);
            setSelected(new Set());
            void queryClient.invalidateQueries({ queryKey: collectionKeys.all(organizationId) });
          }}
        />
      )}
    </Stack>
  );
}
