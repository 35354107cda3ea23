import { Alert, Anchor, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { PlacementBatch } from '../api/views';
import { dateTime } from '../format/date-time';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, COLLECTION_WORKER_ROLES } from '../session/permissions';
import { collectionKeys, usePlacementBatches } from './collection-queries';
import { BATCH_STATES } from './collection-words';
import { CollectionsTabs } from './collections-tabs';

/** What came of a batch: awaiting a manager, placed with the agency's reference, or the agency's or manager's answer. */
export function batchOutcome(batch: PlacementBatch): string {
  if (batch.state === 'placed') return batch.agencyReference ? `Agency reference ${batch.agencyReference}` : 'Placed';
  if (batch.state === 'failed') return `The agency answered: ${batch.failure ?? 'no reason given'}`;
  if (batch.state === 'rejected') return `Rejected: ${batch.failure ?? 'no reason given'}`;
  return 'A manager approves or rejects it';
}

function BatchesTable({ batches }: { batches: readonly PlacementBatch[] }) {
  return (
    <Table aria-label="Placement batches">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Proposed on</Table.Th>
          <Table.Th>State</Table.Th>
          <Table.Th>Proposed</Table.Th>
          <Table.Th>Left out</Table.Th>
          <Table.Th>Decided</Table.Th>
          <Table.Th>Outcome</Table.Th>
          <Table.Th>Accounts</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {batches.map((batch) => (
          <Table.Tr key={batch.id}>
            <Table.Td>{batch.proposedOn}</Table.Td>
            <Table.Td>{BATCH_STATES[batch.state]}</Table.Td>
            <Table.Td>{batch.proposedCount}</Table.Td>
            <Table.Td>{batch.excludedCount}</Table.Td>
            <Table.Td>{batch.decidedAt ? <time dateTime={batch.decidedAt}>{dateTime(batch.decidedAt)}</time> : '—'}</Table.Td>
            <Table.Td>{batchOutcome(batch)}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/collections/batches/${batch.id}`} aria-label={`Accounts of the batch proposed ${dateTime(batch.createdAt)}`}>
                Open
              </Anchor>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The approval queue: propose a batch (every owing account decided against the rules), and every batch with what came of it. */
export function PlacementBatchesPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const batches = usePlacementBatches(organizationId);
  const propose = useMutation({
    mutationFn: () => expectOk<PlacementBatch>(api.POST('/api/organizations/{organizationId}/collection-placement-batches', { params: { path: { organizationId } } })),
    onSuccess: (batch) => {
      void queryClient.invalidateQueries({ queryKey: collectionKeys.batches(organizationId) });
      void navigate(`/collections/batches/${batch.id}`);
    },
  });

  return (
    <Stack>
      <CollectionsTabs title="Collections" />
      <Group justify="space-between" align="start">
        <Text maw={720}>
          A proposal decides every account that owes against the placement rules and keeps the reasons of each one left out. Nothing goes to the agency until a manager
          approves the batch.
        </Text>
        {allows(roles, COLLECTION_WORKER_ROLES) && (
          <Button onClick={() => propose.mutate()} loading={propose.isPending}>
            Propose a placement batch
          </Button>
        )}
      </Group>
      {propose.error && (
        <Alert color="red" role="alert" title="No batch was proposed">
          {messageOf(propose.error)}
        </Alert>
      )}
      {batches.isPending && <Loader aria-label="Loading the placement batches" />}
      {batches.error && (
        <Alert color="red" role="alert">
          {messageOf(batches.error)}
        </Alert>
      )}
      {batches.data && batches.data.length === 0 && <Text>No placement batch yet.</Text>}
      {batches.data && batches.data.length > 0 && <BatchesTable batches={batches.data} />}
    </Stack>
  );
}
