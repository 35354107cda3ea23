import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError, messageOf } from '../api/problem';
import type { PaymentMethod } from '../api/views';
import { parseDollars } from '../money/cents';

/** A payment as the form hands it over: whole cents, the method, and the reference when there is one. */
export interface PaymentEntry {
  readonly amountCents: number;
  readonly method: PaymentMethod;
  readonly reference?: string;
}

const METHODS: readonly { value: PaymentMethod; label: string }[] = [
  { value: 'cash', label: 'Cash' },
  { value: 'check', label: 'Check' },
  { value: 'card', label: 'Card' },
];

type Errors = Partial<Record<'amount' | 'reference', string>>;

/** What is wrong with the typed payment before it goes to the server (which checks the same again). */
export function paymentErrors(amount: string, method: PaymentMethod, reference: string): Errors {
  const cents = parseDollars(amount);
  return {
    ...(amount.trim() === '' ? { amount: 'Enter the amount paid' } : cents === null ? { amount: 'Enter dollars and cents, like 25.00' } : cents <= 0 ? { amount: 'The amount must be more than $0.00' } : {}),
    ...(method === 'check' && reference.trim() === '' ? { reference: 'Enter the check number' } : {}),
  };
}

/** Point-of-service payment entry: amount in dollars, method (cash, check, card) and reference (check number or card authorization). */
export function PaymentForm({ onSubmit, busy, error, defaultAmount = '' }: { onSubmit: (entry: PaymentEntry) => void; busy: boolean; error: unknown; defaultAmount?: string }) {
  const [amount, setAmount] = useState(defaultAmount);
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const serverError = (field: string) => (error instanceof ApiError ? error.fieldError(field) : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = paymentErrors(amount, method, reference);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onSubmit({ amountCents: parseDollars(amount) as number, method, ...(reference.trim() && { reference: reference.trim() }) });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Take a payment">
      <Stack>
        <Group grow align="start">
          <TextInput label="Amount ($)" inputMode="decimal" required value={amount} onChange={(event) => setAmount(event.currentTarget.value)} error={errors.amount ?? serverError('amountCents')} />
          <NativeSelect label="Method" value={method} onChange={(event) => setMethod(event.currentTarget.value as PaymentMethod)} data={METHODS.map((option) => ({ ...option }))} error={serverError('method')} />
          <TextInput
            label={method === 'check' ? 'Check number' : method === 'card' ? 'Card authorization (optional)' : 'Reference (optional)'}
            value={reference}
            onChange={(event) => setReference(event.currentTarget.value)}
            error={errors.reference ?? serverError('reference')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={busy}>
            Record payment
          </Button>
        </Group>
        {Boolean(error) && !(error instanceof ApiError && error.problem.errors?.length) && (
          <Alert color="red" role="alert">
            {messageOf(error)}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
