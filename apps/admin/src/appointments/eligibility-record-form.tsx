import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError, messageOf } from '../api/problem';
import type { components } from '../api/schema';
import { nonNegative, parseDollars } from '../money/cents';

type RecordEligibility = components['schemas']['RecordEligibilityDto'];
type Answer = Pick<RecordEligibility, 'method' | 'outcome' | 'copayCents' | 'deductibleRemainingCents' | 'referenceNumber'>;

/** An eligibility answer the front desk got by phone or on the payer's portal, recorded by hand (`POST …/eligibility-checks`). */
export function EligibilityRecordForm({ onSubmit, busy, error }: { onSubmit: (answer: Answer) => void; busy: boolean; error: unknown }) {
  const [values, setValues] = useState({ method: 'phone', outcome: 'active', copay: '', deductible: '', reference: '' });
  const [invalid, setInvalid] = useState<Partial<Record<'copay' | 'deductible', string>>>({});
  const set = (field: keyof typeof values) => (event: { currentTarget: { value: string } }) => setValues({ ...values, [field]: event.currentTarget.value });
  const serverError = (field: string) => (error instanceof ApiError ? error.fieldError(field) : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    const cents = (text: string) => (text.trim() === '' ? undefined : nonNegative(parseDollars(text)));
    const copay = cents(values.copay);
    const deductible = cents(values.deductible);
    const found = { ...(copay === null && { copay: 'Enter dollars and cents, like 25.00' }), ...(deductible === null && { deductible: 'Enter dollars and cents, like 500.00' }) };
    setInvalid(found);
    if (Object.keys(found).length > 0) return;
    onSubmit({
      method: values.method as Answer['method'],
      outcome: values.outcome as Answer['outcome'],
      ...(copay !== undefined && copay !== null && { copayCents: copay }),
      ...(deductible !== undefined && deductible !== null && { deductibleRemainingCents: deductible }),
      ...(values.reference.trim() && { referenceNumber: values.reference.trim() }),
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Record an eligibility answer">
      <Stack>
        <Group grow align="start">
          <NativeSelect label="Checked by" value={values.method} onChange={set('method')} data={[{ value: 'phone', label: 'Phone' }, { value: 'portal', label: "Payer's portal" }]} />
          <NativeSelect label="Answer" value={values.outcome} onChange={set('outcome')} data={[{ value: 'active', label: 'Active' }, { value: 'inactive', label: 'Inactive' }, { value: 'not-found', label: 'Member not found' }]} />
          <TextInput label="Copay ($)" inputMode="decimal" value={values.copay} onChange={set('copay')} error={invalid.copay ?? serverError('copayCents')} />
          <TextInput label="Deductible remaining ($)" inputMode="decimal" value={values.deductible} onChange={set('deductible')} error={invalid.deductible ?? serverError('deductibleRemainingCents')} />
          <TextInput label="Call reference" value={values.reference} onChange={set('reference')} error={serverError('referenceNumber')} />
        </Group>
        <Group>
          <Button type="submit" variant="light" loading={busy}>
            Record answer
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
