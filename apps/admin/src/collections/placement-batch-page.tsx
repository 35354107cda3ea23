import { Alert, Anchor, Button, Group, Loader, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api/client';
import { expectOk, fieldMessage, formMessage, messageOf } from '../api/problem';
import type { PlacementBatch, PlacementDecision } from '../api/views';
import { dateTime } from '../format/date-time';
import { formatCents } from '../money/cents';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, COLLECTION_APPROVER_ROLES } from '../session/permissions';
import { ExcludedTable, ProposedTable } from './batch-decisions';
import { collectionKeys, usePlacementBatch } from './collection-queries';
import { BATCH_STATES } from './collection-words';

/** What came of the batch, as a banner: placed, failed with the agency's answer, or rejected with the manager's reason. */
function BatchStatus({ batch }: { batch: PlacementBatch }) {
  if (batch.state === 'placed') {
    return (
      <Alert color="teal" role="status" title="Placed with the agency">
        {batch.agencyReference ? `The agency's reference: ${batch.agencyReference}.` : 'The agency took the batch.'} The accounts are under Placed accounts.
      </Alert>
    );
  }
  if (batch.state === 'failed') {
    return (
      <Alert color="red" role="alert" title="The agency did not take the batch">
        {batch.failure ?? 'No reason was given.'} Nothing was placed; a manager may approve the batch again or reject it.
      </Alert>
    );
  }
  if (batch.state === 'rejected') {
    return (
      <Alert color="gray" role="status" title="Rejected by a manager">
        {batch.failure ?? 'No reason was given.'} Nothing was placed.
      </Alert>
    );
  }
  return null;
}

interface DecideProps {
  readonly organizationId: string;
  readonly batch: PlacementBatch;
  readonly proposed: readonly PlacementDecision[];
  readonly leftOut: ReadonlySet<string>;
  readonly onDecided: () => void;
}

/** A manager's decision: approve (placing every proposed account not left out) or reject with a reason. */
function Decide({ organizationId, batch, proposed, leftOut, onDecided }: DecideProps) {
  const [rejecting, setRejecting] = useState<string | null>(null);
  const path = { organizationId, batchId: batch.id };
  const approve = useMutation({
    mutationFn: () => expectOk<PlacementBatch>(api.POST('/api/organizations/{organizationId}/collection-placement-batches/{batchId}/approve', { params: { path }, body: { leaveOut: [...leftOut] } })),
    onSuccess: onDecided,
  });
  const reject = useMutation({
    mutationFn: (reason: string) => expectOk<PlacementBatch>(api.POST('/api/organizations/{organizationId}/collection-placement-batches/{batchId}/reject', { params: { path }, body: { reason } })),
    onSuccess: () => {
      setRejecting(null);
      onDecided();
    },
  });
  const placing = proposed.filter((decision) => !leftOut.has(decision.patientId));
  const total = placing.reduce((sum, decision) => sum + decision.balanceCents, 0);

  function submitRejection(event: FormEvent) {
    event.preventDefault();
    if (rejecting !== null) reject.mutate(rejecting);
  }

  return (
    <Stack gap="sm">
      <Text>
        {placing.length} of {proposed.length} proposed account(s) will be placed, {formatCents(total)} in all.
      </Text>
      {rejecting === null ? (
        <Group>
          <Button onClick={() => approve.mutate()} loading={approve.isPending} disabled={placing.length === 0}>
            Approve and place {placing.length} account(s)
          </Button>
          <Button
            variant="default"
            color="red"
            onClick={() => {
              reject.reset();
              setRejecting('');
            }}
          >
            Reject the batch
          </Button>
        </Group>
      ) : (
        <form onSubmit={submitRejection} noValidate aria-label="Reject the batch">
          <Stack gap="xs">
            <Textarea label="Why the batch is rejected" rows={2} value={rejecting} onChange={(event) => setRejecting(event.currentTarget.value)} error={fieldMessage(reject.error, 'reason')} />
            <Group gap="xs">
              <Button type="submit" color="red" loading={reject.isPending}>
                Reject
              </Button>
              <Button variant="subtle" onClick={() => setRejecting(null)}>
                Cancel
              </Button>
            </Group>
            {formMessage(reject.error, ['reason']) && (
              <Alert color="red" role="alert">
                {formMessage(reject.error, ['reason'])}
              </Alert>
            )}
          </Stack>
        </form>
      )}
      {approve.error && (
        <Alert color="red" role="alert" title="Not placed">
          {messageOf(approve.error)}
        </Alert>
      )}
    </Stack>
  );
}

/** One placement batch: the accounts proposed (a manager may leave some out), those the rules left out and why, and the decision. */
export function PlacementBatchPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const queryClient = useQueryClient();
  const batchId = useParams().batchId ?? '';
  const detail = usePlacementBatch(organizationId, batchId);
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(new Set());
  const batch = detail.data?.batch;
  const decidable = batch !== undefined && (batch.state === 'proposed' || batch.state === 'failed') && allows(roles, COLLECTION_APPROVER_ROLES);
  const proposed = detail.data?.decisions.filter((decision) => decision.proposed) ?? [];
  const excluded = detail.data?.decisions.filter((decision) => !decision.proposed) ?? [];
  const leaveOut = (patientId: string, out: boolean) =>
    setLeftOut((current) => {
      const next = new Set(current);
      if (out) next.add(patientId);
      else next.delete(patientId);
      return next;
    });
  const decided = () => {
    setLeftOut(new Set());
    void queryClient.invalidateQueries({ queryKey: collectionKeys.all(organizationId) });
  };

  return (
    <Stack>
      <Anchor component={Link} to="/collections">
        ← Approval queue
      </Anchor>
      <Title order={1} size="h2">
        {batch ? `Placement batch of ${batch.proposedOn}` : 'Placement batch'}
      </Title>
      {detail.isPending && <Loader aria-label="Loading the batch" />}
      {detail.error && (
        <Alert color="red" role="alert">
          {messageOf(detail.error)}
        </Alert>
      )}
      {batch && (
        <>
          <Text>
            {BATCH_STATES[batch.state]} · proposed <time dateTime={batch.createdAt}>{dateTime(batch.createdAt)}</time> for the agency connector {batch.connectorId} ·{' '}
            {batch.proposedCount} proposed, {batch.excludedCount} left out by the rules
            {batch.decidedAt ? (
              <>
                {' '}
                · decided <time dateTime={batch.decidedAt}>{dateTime(batch.decidedAt)}</time>
              </>
            ) : null}
          </Text>
          <BatchStatus batch={batch} />
          <Title order={2} size="h3">
            Proposed for placement
          </Title>
          <ProposedTable decisions={proposed} {...(decidable ? { leftOut, onLeaveOut: leaveOut } : {})} />
          {decidable && <Decide organizationId={organizationId} batch={batch} proposed={proposed} leftOut={leftOut} onDecided={decided} />}
          {!decidable && (batch.state === 'proposed' || batch.state === 'failed') && <Text>A manager or an administrator approves or rejects the batch.</Text>}
          <Title order={2} size="h3">
            Left out by the rules
          </Title>
          <ExcludedTable decisions={excluded} />
        </>
      )}
    </Stack>
  );
}
