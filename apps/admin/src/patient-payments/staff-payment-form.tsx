import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { fieldMessage, formMessage } from '../api/problem';
import type { StaffPaymentInput } from '../api/views';
import { inDollars, METHOD_LABELS } from './payment-words';
import { NEW_STAFF_PAYMENT, STAFF_PAYMENT_FIELDS, staffPaymentBodyOf, type StaffPaymentDraft, type StaffPaymentField, type StaffPaymentMethod } from './staff-payment-draft';

const METHODS: readonly StaffPaymentMethod[] = ['cash', 'check', 'card'];

const REFERENCE_LABELS: Readonly<Record<StaffPaymentMethod, string>> = {
  check: 'Check number',
  card: 'Card authorization (optional)',
  cash: 'Reference (optional)',
};

export interface StaffPaymentFormProps {
  readonly onSubmit: (body: StaffPaymentInput) => void;
  readonly onCancel: () => void;
  readonly busy: boolean;
  /** The server's refusal of the last submission (a 400 names its fields: an amount over the balance, `amountCents`). */
  readonly error: unknown;
}

/** A payment of the patient's balance taken by staff: the amount in dollars, cash / check / card, the reference, a receipt email. */
export function StaffPaymentForm({ onSubmit, onCancel, busy, error }: StaffPaymentFormProps) {
  const [draft, setDraft] = useState<StaffPaymentDraft>(NEW_STAFF_PAYMENT);
  const [errors, setErrors] = useState<Partial<Record<StaffPaymentField, string>>>({});
  const change = (next: Partial<StaffPaymentDraft>) => setDraft((current) => ({ ...current, ...next }));
  const message = (field: StaffPaymentField) => {
    const server = fieldMessage(error, field);
    return errors[field] ?? (server && inDollars(server));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = staffPaymentBodyOf(draft);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    onSubmit(checked.body);
  }

  const unnamed = formMessage(error, STAFF_PAYMENT_FIELDS);
  return (
    <form onSubmit={submit} noValidate aria-label="Record a payment">
      <Stack gap="sm">
        <Group grow align="start">
          <TextInput label="Amount ($)" inputMode="decimal" required value={draft.amount} onChange={(event) => change({ amount: event.currentTarget.value })} error={message('amountCents')} />
          <NativeSelect
            label="Method"
            value={draft.method}
            onChange={(event) => change({ method: event.currentTarget.value as StaffPaymentMethod })}
            data={METHODS.map((method) => ({ value: method, label: METHOD_LABELS[method] }))}
            error={message('method')}
          />
        </Group>
        <Group grow align="start">
          <TextInput label={REFERENCE_LABELS[draft.method]} value={draft.reference} onChange={(event) => change({ reference: event.currentTarget.value })} error={message('reference')} />
          <TextInput
            label="Email the receipt to (optional)"
            type="email"
            value={draft.receiptEmail}
            onChange={(event) => change({ receiptEmail: event.currentTarget.value })}
            error={message('receiptEmail')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={busy}>
            Record the payment
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
        {unnamed && (
          <Alert color="red" role="alert">
            {inDollars(unnamed)}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
