import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { ApiError, expectOk, messageOf } from '../api/problem';
import type { Deposit, UnmatchedRemittance } from '../api/views';
import { formatCents } from '../money/cents';
import { useCurrentOrganization } from '../session/current-organization';
import { useInvalidateDeposits } from './deposit-queries';

interface MatchDialogProps {
  /** The deposit to match (`match`) or to unmatch (`unmatch`); null when closed. */
  readonly target: { readonly action: 'match' | 'unmatch'; readonly deposit: Deposit } | null;
  /** The remittances no deposit matched, to choose from when matching. */
  readonly remittances: readonly UnmatchedRemittance[];
  readonly onClose: () => void;
}

/** Matches a deposit to a remittance by hand, or undoes a match, with the reason kept in the deposit's history. */
export function MatchDialog({ target, remittances, onClose }: MatchDialogProps) {
  const { organizationId } = useCurrentOrganization();
  const invalidate = useInvalidateDeposits();
  const [remittanceId, setRemittanceId] = useState('');
  const [reason, setReason] = useState('');
  const close = () => {
    setRemittanceId('');
    setReason('');
    save.reset();
    onClose();
  };
  const save = useMutation({
    mutationFn: ({ action, depositId }: { action: 'match' | 'unmatch'; depositId: string }) =>
      action === 'match'
        ? expectOk<Deposit>(api.POST('/api/organizations/{organizationId}/deposits/{depositId}/match', { params: { path: { organizationId, depositId } }, body: { remittanceId, reason } }))
        : expectOk<Deposit>(api.POST('/api/organizations/{organizationId}/deposits/{depositId}/unmatch', { params: { path: { organizationId, depositId } }, body: { reason } })),
    onSuccess: () => {
      invalidate();
      close();
    },
  });
  const fieldError = (field: string) => (save.error instanceof ApiError ? save.error.fieldError(field) : undefined);
  const deposit = target?.deposit;
  const chosen = remittances.find((remittance) => remittance.id === remittanceId);
  const title = target?.action === 'unmatch' ? 'Unmatch the deposit' : 'Match the deposit to a remittance';

  return (
    <Modal opened={target !== null} onClose={close} closeButtonProps={{ 'aria-label': 'Close' }} title={title}>
      {deposit && target && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate({ action: target.action, depositId: deposit.id });
          }}
        >
          <Stack>
            <Text size="sm">
              Deposit of {formatCents(deposit.amountCents)} on {deposit.depositDate}
              {deposit.traceNumber ? `, trace ${deposit.traceNumber}` : ''}
              {target.action === 'unmatch' && deposit.remittance ? `, matched to check ${deposit.remittance.traceNumber} of ${deposit.remittance.payerName}` : ''}.
            </Text>
            {target.action === 'match' && (
              <NativeSelect
                label="Remittance"
                required
                value={remittanceId}
                onChange={(event) => setRemittanceId(event.currentTarget.value)}
                error={fieldError('remittanceId')}
                data={[{ value: '', label: 'Choose a remittance no deposit matched' }, ...remittances.map((remittance) => ({ value: remittance.id, label: `${remittance.traceNumber} — ${remittance.payerName}, ${formatCents(remittance.paymentCents)}, received ${remittance.receivedOn}` }))]}
              />
            )}
            {chosen && chosen.paymentCents !== deposit.amountCents && (
              <Alert color="yellow">The amounts differ by {formatCents(deposit.amountCents - chosen.paymentCents)}; say why in the reason.</Alert>
            )}
            <Textarea label="Reason" description="Kept in the deposit's history" required minLength={3} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={fieldError('reason')} autosize minRows={2} />
            {save.error && !fieldError('reason') && !fieldError('remittanceId') && <Alert color="red" role="alert">{messageOf(save.error)}</Alert>}
            <Group justify="end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" color={target.action === 'unmatch' ? 'red' : undefined} loading={save.isPending} disabled={target.action === 'match' && !remittanceId}>
                {target.action === 'unmatch' ? 'Unmatch' : 'Match'}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
