import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError, messageOf } from '../api/problem';
import type { components } from '../api/schema';
import type { CoverageOrder, Payer, SubscriberRelationship } from '../api/views';

type AddCoverage = components['schemas']['AddCoverageDto'];

export const SUBSCRIBER_RELATIONSHIPS: readonly { value: SubscriberRelationship; label: string }[] = [
  { value: '18', label: 'Self (18)' },
  { value: '01', label: 'Spouse (01)' },
  { value: '19', label: 'Child (19)' },
  { value: '20', label: 'Employee (20)' },
  { value: '53', label: 'Life partner (53)' },
  { value: 'G8', label: 'Other (G8)' },
  { value: '21', label: 'Unknown (21)' },
  { value: '39', label: 'Organ donor (39)' },
  { value: '40', label: 'Cadaver donor (40)' },
];
const ORDERS: readonly CoverageOrder[] = ['primary', 'secondary', 'tertiary'];
const EMPTY = {
  payerRecordId: '',
  order: 'primary' as CoverageOrder,
  subscriberRelationship: '18' as SubscriberRelationship,
  memberId: '',
  groupNumber: '',
  planName: '',
  effectiveFrom: '',
  effectiveTo: '',
  subscriberFirstName: '',
  subscriberLastName: '',
  subscriberBirthDate: '',
  subscriberSex: 'F',
};
type Values = typeof EMPTY;

function bodyOf(values: Values): AddCoverage {
  const text = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    payerRecordId: values.payerRecordId,
    order: values.order,
    subscriberRelationship: values.subscriberRelationship,
    memberId: values.memberId.trim(),
    groupNumber: text(values.groupNumber),
    planName: text(values.planName),
    effectiveFrom: values.effectiveFrom,
    effectiveTo: text(values.effectiveTo),
    ...(values.subscriberRelationship !== '18' && {
      subscriber: {
        firstName: text(values.subscriberFirstName),
        lastName: text(values.subscriberLastName),
        birthDate: text(values.subscriberBirthDate),
        sex: values.subscriberSex as 'F' | 'M' | 'U',
      },
    }),
  };
}

/** Adds a coverage: payer, order, member id, the subscriber when not the patient, and the dates it is in effect. */
export function CoverageForm({ payers, onSubmit, busy, error }: { payers: readonly Payer[]; onSubmit: (body: AddCoverage) => void; busy: boolean; error: unknown }) {
  const [values, setValues] = useState<Values>(EMPTY);
  const set = (field: keyof Values) => (event: { currentTarget: { value: string } }) => setValues({ ...values, [field]: event.currentTarget.value });
  const fieldError = (field: string) => (error instanceof ApiError ? error.fieldError(field) : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(bodyOf(values));
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Add a coverage">
      <Stack>
        <Group grow align="start">
          <NativeSelect
            label="Payer"
            required
            value={values.payerRecordId}
            onChange={set('payerRecordId')}
            data={[{ value: '', label: 'Choose a payer' }, ...payers.filter((payer) => payer.active).map((payer) => ({ value: payer.id, label: `${payer.name} (${payer.payerId})` }))]}
            error={fieldError('payerRecordId')}
          />
          <NativeSelect label="Order" value={values.order} onChange={set('order')} data={ORDERS.map((order) => ({ value: order, label: order }))} error={fieldError('order')} />
          <TextInput label="Member id" required value={values.memberId} onChange={set('memberId')} error={fieldError('memberId')} />
        </Group>
        <Group grow align="start">
          <NativeSelect label="Patient's relationship to the subscriber" value={values.subscriberRelationship} onChange={set('subscriberRelationship')} data={SUBSCRIBER_RELATIONSHIPS.map((option) => ({ ...option }))} error={fieldError('subscriberRelationship')} />
          <TextInput label="Group number" value={values.groupNumber} onChange={set('groupNumber')} error={fieldError('groupNumber')} />
          <TextInput label="Plan name" value={values.planName} onChange={set('planName')} error={fieldError('planName')} />
        </Group>
        {values.subscriberRelationship !== '18' && (
          <Group grow align="start">
            <TextInput label="Subscriber first name" value={values.subscriberFirstName} onChange={set('subscriberFirstName')} error={fieldError('subscriber.firstName') ?? fieldError('subscriber')} />
            <TextInput label="Subscriber last name" value={values.subscriberLastName} onChange={set('subscriberLastName')} error={fieldError('subscriber.lastName')} />
            <TextInput label="Subscriber birth date" type="date" value={values.subscriberBirthDate} onChange={set('subscriberBirthDate')} error={fieldError('subscriber.birthDate')} />
            <NativeSelect label="Subscriber sex" value={values.subscriberSex} onChange={set('subscriberSex')} data={['F', 'M', 'U']} error={fieldError('subscriber.sex')} />
          </Group>
        )}
        <Group grow align="start">
          <TextInput label="In effect from" type="date" required value={values.effectiveFrom} onChange={set('effectiveFrom')} error={fieldError('effectiveFrom')} />
          <TextInput label="In effect to (optional)" type="date" value={values.effectiveTo} onChange={set('effectiveTo')} error={fieldError('effectiveTo')} />
        </Group>
        <Group>
          <Button type="submit" loading={busy}>
            Add coverage
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
