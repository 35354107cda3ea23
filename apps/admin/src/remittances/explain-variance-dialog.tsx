import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { ApiError, expectOk, messageOf } from '../api/problem';
import type { RemittanceLine } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';

/** Records why a flagged variance is right (or what was done about it); the line then leaves the queue. */
export function ExplainVarianceDialog({ line, onClose }: { line: RemittanceLine | null; onClose: () => void }) {
  const { organizationId } = useCurrentOrganization();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const explain = useMutation({
    mutationFn: (remittanceLineId: string) =>
      expectOk<RemittanceLine>(
        api.POST('/api/organizations/{organizationId}/remittances/variances/{remittanceLineId}/explanation', { params: { path: { organizationId, remittanceLineId } }, body: { note } }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['remittances', organizationId] });
      setNote('');
      onClose();
    },
  });
  const noteError = explain.error instanceof ApiError ? explain.error.fieldError('note') : undefined;

  return (
    <Modal opened={line !== null} onClose={onClose} closeButtonProps={{ 'aria-label': 'Close' }} title={`Explain the variance of ${line?.procedureCode ?? ''}`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (line) explain.mutate(line.id);
        }}
      >
        <Stack>
          <Textarea label="Explanation" description="Why the amount is right, or what was done about it" value={note} onChange={(event) => setNote(event.currentTarget.value)} error={noteError} required minLength={3} autosize minRows={3} />
          {explain.error && !noteError && <Alert color="red" role="alert">{messageOf(explain.error)}</Alert>}
          <Group justify="end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={explain.isPending}>
              Save the explanation
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
