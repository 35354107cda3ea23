import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError, messageOf } from '../api/problem';
import type { ResponsibilityMethod } from '../api/views';
import { formatCents, nonNegative, parseDollars } from '../money/cents';

const METHODS: readonly { value: ResponsibilityMethod; label: string }[] = [
  { value: 'verbal', label: 'Told in person' },
  { value: 'printed-estimate', label: 'Printed estimate' },
  { value: 'phone', label: 'By phone' },
  { value: 'portal', label: 'Patient portal' },
];

/** The patient's expected share of the visit and how it was communicated (`PUT …/patient-responsibility`). */
export function ResponsibilityForm({
  initialCents,
  copayCents,
  onSubmit,
  busy,
  error,
}: {
  initialCents: number | null;
  copayCents: number | null;
  onSubmit: (body: { estimateCents: number; method: ResponsibilityMethod }) => void;
  busy: boolean;
  error: unknown;
}) {
  const [amount, setAmount] = useState(initialCents === null ? '' : (initialCents / 100).toFixed(2));
  const [method, setMethod] = useState<ResponsibilityMethod>('verbal');
  const [invalid, setInvalid] = useState<string | null>(null);
  const serverError = (field: string) => (error instanceof ApiError ? error.fieldError(field) : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    const cents = nonNegative(parseDollars(amount));
    setInvalid(cents === null ? 'Enter dollars and cents, like 25.00 (0.00 when nothing is expected)' : null);
    if (cents !== null) onSubmit({ estimateCents: cents, method });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Patient responsibility">
      <Stack>
        <Group grow align="start">
          <TextInput
            label="Expected patient responsibility ($)"
            description={copayCents === null ? undefined : `The payer reports a ${formatCents(copayCents)} copay`}
            inputMode="decimal"
            value={amount}
            onChange={(event) => setAmount(event.currentTarget.value)}
            error={invalid ?? serverError('estimateCents')}
          />
          <NativeSelect label="Communicated" value={method} onChange={(event) => setMethod(event.currentTarget.value as ResponsibilityMethod)} data={METHODS.map((option) => ({ ...option }))} />
        </Group>
        <Group>
          <Button type="submit" variant="light" loading={busy}>
            Save estimate
          </Button>
        </Group>
        {Boolean(error) && (
          <Alert color="red" role="alert">
            {messageOf(error)}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
