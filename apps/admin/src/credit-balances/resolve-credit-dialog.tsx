import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { ApiError, expectOk, messageOf } from '../api/problem';
import type { CoverageView, CreditBalance, Page } from '../api/views';
import { formatCents, parseDollars } from '../money/cents';
import { useCurrentOrganization } from '../session/current-organization';

export type CreditAction = 'refund' | 'transfer';

interface ResolveCreditDialogProps {
  readonly target: { readonly action: CreditAction; readonly credit: CreditBalance } | null;
  readonly payerNames: ReadonlyMap<string, string>;
  readonly onClose: () => void;
}

const PATIENT_ACCOUNT = 'patient';

/** Confirms a refund of (part of) a credit, or its transfer to another account of the same service line, with the reason. */
export function ResolveCreditDialog({ target, payerNames, onClose }: ResolveCreditDialogProps) {
  const { organizationId } = useCurrentOrganization();
  const queryClient = useQueryClient();
  const credit = target?.credit;
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const [destination, setDestination] = useState('');
  const [note, setNote] = useState('');
  const [amountError, setAmountError] = useState<string | undefined>();
  const coverages = useQuery({
    queryKey: ['coverages', organizationId, credit?.patientId],
    enabled: target?.action === 'transfer' && credit !== undefined,
    queryFn: () => expectOk<Page<CoverageView>>(api.GET('/api/organizations/{organizationId}/patients/{patientId}/coverages', { params: { path: { organizationId, patientId: credit?.patientId ?? '' }, query: { limit: 50 } } })),
  });
  const close = () => {
    setAmount('');
    setReference('');
    setDestination('');
    setNote('');
    setAmountError(undefined);
    resolve.reset();
    onClose();
  };
  const resolve = useMutation({
    mutationFn: ({ action, item, amountCents }: { action: CreditAction; item: CreditBalance; amountCents: number }) =>
      action === 'refund'
        ? expectOk(api.POST('/api/organizations/{organizationId}/credit-balances/refund', { params: { path: { organizationId } }, body: { chargeId: item.chargeId, coverageId: item.coverageId, amountCents, payee: item.party, reference, note } }))
        : expectOk(
            api.POST('/api/organizations/{organizationId}/credit-balances/transfer', {
              params: { path: { organizationId } },
              body: { chargeId: item.chargeId, fromCoverageId: item.coverageId, toCoverageId: destination === PATIENT_ACCOUNT ? null : destination, amountCents, note },
            }),
          ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['credit-balances', organizationId] });
      close();
    },
  });
  const fieldError = (field: string) => (resolve.error instanceof ApiError ? resolve.error.fieldError(field) : undefined);
  const destinations = [
    ...(credit?.coverageId !== null ? [{ value: PATIENT_ACCOUNT, label: "The patient's account" }] : []),
    ...(coverages.data?.items ?? []).filter((coverage) => coverage.id !== credit?.coverageId).map((coverage) => ({ value: coverage.id, label: `${payerNames.get(coverage.payerRecordId) ?? 'payer'} (${coverage.order})` })),
  ];
  const owner = credit ? (credit.party === 'patient' ? 'the patient' : (credit.payerName ?? 'the payer')) : '';

  return (
    <Modal opened={target !== null} onClose={close} closeButtonProps={{ 'aria-label': 'Close' }} title={target?.action === 'transfer' ? 'Transfer a credit' : 'Refund a credit'}>
      {target && credit && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const cents = parseDollars(amount);
            const problem = cents === null || cents <= 0 ? 'an amount in dollars and cents, more than zero' : cents > credit.creditCents ? `at most the credit of ${formatCents(credit.creditCents)}` : undefined;
            setAmountError(problem);
            if (!problem && cents !== null) resolve.mutate({ action: target.action, item: credit, amountCents: cents });
          }}
        >
          <Stack>
            <Text size="sm">
              {credit.procedureCode ?? 'Service'} on {credit.dateOfService ?? 'an unknown date'} (claim {credit.patientControlNumber ?? 'none'}): {owner} has a credit of {formatCents(credit.creditCents)}.
            </Text>
            <TextInput label="Amount ($)" required inputMode="decimal" value={amount} onChange={(event) => setAmount(event.currentTarget.value)} error={amountError ?? fieldError('amountCents')} />
            {target.action === 'refund' ? (
              <TextInput label="Refund check or transaction number" required value={reference} onChange={(event) => setReference(event.currentTarget.value)} error={fieldError('reference')} />
            ) : (
              <NativeSelect label="Apply it to" required value={destination} onChange={(event) => setDestination(event.currentTarget.value)} error={fieldError('toCoverageId')} data={[{ value: '', label: 'Choose the account' }, ...destinations]} />
            )}
            <Textarea label="Reason" required minLength={3} value={note} onChange={(event) => setNote(event.currentTarget.value)} error={fieldError('note')} autosize minRows={2} />
            {resolve.error && !(resolve.error instanceof ApiError && resolve.error.problem.errors?.some((issue) => ['amountCents', 'reference', 'note', 'toCoverageId'].includes(issue.field))) && (
              <Alert color="red" role="alert">
                {messageOf(resolve.error)}
              </Alert>
            )}
            <Group justify="end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={resolve.isPending} disabled={target.action === 'transfer' && !destination}>
                {target.action === 'transfer' ? 'Confirm the transfer' : 'Confirm the refund'}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

