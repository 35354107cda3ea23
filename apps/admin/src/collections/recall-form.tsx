import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { expectOk, fieldMessage, formMessage } from '../api/problem';
import type { Placement } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';

interface RecallFormProps {
  readonly placementIds: readonly string[];
  readonly onRecalled: (recalled: readonly Placement[]) => void;
}

/** Recalls placed accounts with a reason: the recall goes to the agency, which stops its work, and the accounts leave collections. */
export function RecallForm({ placementIds, onRecalled }: RecallFormProps) {
  const { organizationId } = useCurrentOrganization();
  const [reason, setReason] = useState('');
  const recall = useMutation({
    mutationFn: (body: { placementIds: string[]; reason: string }) => expectOk<Placement[]>(api.POST('/api/organizations/{organizationId}/collection-recalls', { params: { path: { organizationId } }, body })),
    onSuccess: (recalled) => {
      setReason('');
      onRecalled(recalled);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    recall.mutate({ placementIds: [...placementIds], reason });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Recall from the agency">
      <Stack gap="xs">
        <Textarea
          label="Why the account(s) are recalled"
          description="Sent with the recall and kept on each placement"
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={fieldMessage(recall.error, 'reason')}
        />
        <Group>
          <Button type="submit" color="red" variant="light" loading={recall.isPending} disabled={placementIds.length === 0}>
            Recall {placementIds.length} account(s)
          </Button>
        </Group>
        {formMessage(recall.error, ['reason']) && (
          <Alert color="red" role="alert" title="Nothing was recalled">
            {formMessage(recall.error, ['reason'])}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
