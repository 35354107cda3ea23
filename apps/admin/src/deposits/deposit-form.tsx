import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { ApiError, expectOk, messageOf } from '../api/problem';
import type { DepositEntered } from '../api/views';
import { parseDollars } from '../money/cents';
import { useCurrentOrganization } from '../session/current-organization';
import { useInvalidateDeposits } from './deposit-queries';
import { ReconciliationResult } from './reconciliation-result';

const EMPTY = { depositDate: '', amount: '', traceNumber: '', payerName: '', bankReference: '', note: '' };

/** Records a bank deposit as the statement shows it; the server matches it to a remittance by trace and amount at once. */
export function DepositForm() {
  const { organizationId } = useCurrentOrganization();
  const invalidate = useInvalidateDeposits();
  const [fields, setFields] = useState(EMPTY);
  const [amountError, setAmountError] = useState<string | undefined>();
  const record = useMutation({
    mutationFn: (amountCents: number) =>
      expectOk<DepositEntered>(
        api.POST('/api/organizations/{organizationId}/deposits', {
          params: { path: { organizationId } },
          body: { depositDate: fields.depositDate, amountCents, traceNumber: fields.traceNumber || null, payerName: fields.payerName || null, bankReference: fields.bankReference || null, note: fields.note || null },
        }),
      ),
    onSuccess: () => {
      setFields(EMPTY);
      invalidate();
    },
  });
  const serverError = (field: string) => (record.error instanceof ApiError ? record.error.fieldError(field) : undefined);
  const input = (name: keyof typeof EMPTY) => ({
    value: fields[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setFields((current) => ({ ...current, [name]: value }));
    },
    error: serverError(name),
  });

  return (
    <Stack gap="sm">
      <form
        aria-label="Record a deposit"
        onSubmit={(event) => {
          event.preventDefault();
          const cents = parseDollars(fields.amount);
          setAmountError(cents === null ? 'an amount in dollars and cents, such as 1,234.56' : cents === 0 ? 'a deposit of zero is no deposit' : undefined);
          if (cents !== null && cents !== 0) record.mutate(cents);
        }}
      >
        <Group align="start">
          <TextInput label="Deposit date" type="date" required {...input('depositDate')} />
          <TextInput label="Amount ($)" required inputMode="decimal" {...input('amount')} error={amountError ?? serverError('amountCents')} />
          <TextInput label="Trace number (TRN02)" {...input('traceNumber')} />
          <TextInput label="Payer" {...input('payerName')} />
          <TextInput label="Bank reference" {...input('bankReference')} />
          <TextInput label="Note" {...input('note')} />
          <Button type="submit" mt={25} loading={record.isPending}>
            Record the deposit
          </Button>
        </Group>
      </form>
      {record.error && !(record.error instanceof ApiError && record.error.problem.errors?.length) && <Alert color="red" role="alert">{messageOf(record.error)}</Alert>}
      {record.data && <ReconciliationResult reconciliation={record.data.reconciliation} />}
    </Stack>
  );
}
