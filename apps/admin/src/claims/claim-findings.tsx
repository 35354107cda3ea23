import { Alert, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { ScrubFinding } from '../api/views';
import { claimKey } from './claim-queries';

function FindingRow({ organizationId, claimId, finding, canOverride }: { readonly organizationId: string; readonly claimId: string; readonly finding: ScrubFinding; readonly canOverride: boolean }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const override = useMutation({
    mutationFn: () =>
      expectOk(api.POST('/api/organizations/{organizationId}/claims/{claimId}/findings/{findingId}/override', { params: { path: { organizationId, claimId, findingId: finding.id } }, body: { reason } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: claimKey(organizationId, claimId) }),
  });
  const open = !finding.overriddenBy && !finding.resolvedAt;
  return (
    <Paper withBorder p="xs">
      <Text size="sm">
        <strong>{finding.severity}</strong> {finding.rule}
        {finding.field ? ` (${finding.field})` : ''}: {finding.message}
      </Text>
      {finding.hint && (
        <Text size="xs" c="dimmed">
          {finding.hint}
        </Text>
      )}
      {finding.overriddenBy && <Text size="xs">Overridden: {finding.overrideReason}</Text>}
      {open && canOverride && (
        <Group align="end" mt="xs">
          <TextInput label={`Why ${finding.rule} does not apply`} value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
          <Button variant="default" disabled={!reason.trim()} onClick={() => override.mutate()} loading={override.isPending}>
            Override
          </Button>
        </Group>
      )}
      {override.error && <Alert color="red" role="alert">{messageOf(override.error)}</Alert>}
    </Paper>
  );
}

/** The claim's open scrub findings (resolved ones are on the timeline), each overridable with a reason. */
export function ClaimFindings({ organizationId, claimId, findings, canOverride }: { readonly organizationId: string; readonly claimId: string; readonly findings: readonly ScrubFinding[]; readonly canOverride: boolean }) {
  if (findings.length === 0) return <Text c="dimmed" size="sm">No open scrub finding.</Text>;
  return (
    <Stack gap="xs">
      {findings.map((finding) => (
        <FindingRow key={finding.id} organizationId={organizationId} claimId={claimId} finding={finding} canOverride={canOverride} />
      ))}
    </Stack>
  );
}
