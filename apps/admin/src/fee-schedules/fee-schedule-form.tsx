import { Alert, Button, Group, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError, messageOf } from '../api/problem';
import type { FeeSchedule, FeeScheduleKind, Payer } from '../api/views';
import type { CreateFeeSchedule } from './fee-schedule-queries';

export interface FeeScheduleFormProps {
  /** The schedule to change; null to create one (then the payer and kind are chosen here, and stay). */
  readonly schedule: FeeSchedule | null;
  readonly payers: readonly Payer[];
  readonly onSave: (body: CreateFeeSchedule) => Promise<unknown>;
}

function valuesOf(schedule: FeeSchedule | null) {
  return {
    name: schedule?.name ?? '',
    payerRecordId: schedule?.payerRecordId ?? '',
    effectiveFrom: schedule?.effectiveFrom ?? '',
    effectiveTo: schedule?.effectiveTo ?? '',
    kind: schedule?.kind ?? ('fixed' as FeeScheduleKind),
    /** Percent of Medicare as the person types it (120 for 120 %); the API takes basis points. */
    percent: schedule?.percentBasisPoints ? schedule.percentBasisPoints / 100 : ('' as number | string),
    mac: schedule?.medicareLocality?.mac ?? '',
    locality: schedule?.medicareLocality?.locality ?? '',
  };
}

/** A fee schedule's name, payer, dates and kind (fixed fees, or a percentage of the Medicare PFS in a locality). */
export function FeeScheduleForm({ schedule, payers, onSave }: FeeScheduleFormProps) {
  const [values, setValues] = useState(() => valuesOf(schedule));
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const set = (field: keyof typeof values) => (value: unknown) => {
    setValues((current) => ({ ...current, [field]: value }));
    setSaved(false);
  };
  const fieldError = (field: string) => (error instanceof ApiError ? error.fieldError(field) : undefined);
  const percentOfMedicare = values.kind === 'percent-of-medicare';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSaving(true);
    try {
      await onSave({
        name: values.name,
        payerRecordId: values.payerRecordId || null,
        effectiveFrom: values.effectiveFrom,
        effectiveTo: values.effectiveTo || null,
        kind: values.kind,
        ...(percentOfMedicare && {
          percentBasisPoints: Math.round(Number(values.percent) * 100),
          medicareLocality: { mac: values.mac, locality: values.locality },
        }),
      });
      setSaved(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={schedule ? `Edit ${schedule.name}` : 'New fee schedule'}>
      <Stack>
        <Group grow align="start">
          <TextInput label="Name" required value={values.name} onChange={(event) => set('name')(event.currentTarget.value)} error={fieldError('name')} />
          <NativeSelect
            label="Payer"
            description={schedule ? 'Set when the schedule was created' : 'Leave as the standard charge master, or choose the payer whose contract it is'}
            disabled={schedule !== null}
            value={values.payerRecordId}
            onChange={(event) => set('payerRecordId')(event.currentTarget.value)}
            data={[{ value: '', label: 'Standard charge master' }, ...payers.map((payer) => ({ value: payer.id, label: `${payer.name} (${payer.payerId})` }))]}
            error={fieldError('payerRecordId')}
          />
        </Group>
        <Group grow align="start">
          <TextInput label="Effective from" type="date" required value={values.effectiveFrom} onChange={(event) => set('effectiveFrom')(event.currentTarget.value)} error={fieldError('effectiveFrom')} />
          <TextInput label="Effective to" description="Last day (inclusive); empty while open-ended" type="date" value={values.effectiveTo} onChange={(event) => set('effectiveTo')(event.currentTarget.value)} error={fieldError('effectiveTo')} />
          <NativeSelect
            label="Kind"
            disabled={schedule !== null}
            value={values.kind}
            onChange={(event) => set('kind')(event.currentTarget.value)}
            data={[
              { value: 'fixed', label: 'Fixed amounts per code (imported)' },
              { value: 'percent-of-medicare', label: 'Percent of the Medicare PFS' },
            ]}
            error={fieldError('kind')}
          />
        </Group>
        {percentOfMedicare && (
          <Group grow align="start">
            <NumberInput label="Percent of Medicare" description="120 pays 120 % of the Medicare allowed amount" min={0.01} max={1000} decimalScale={2} value={values.percent} onChange={set('percent')} error={fieldError('percentBasisPoints')} />
            <TextInput label="MAC" description="Medicare contractor number, e.g. 10112" value={values.mac} onChange={(event) => set('mac')(event.currentTarget.value)} error={fieldError('medicareLocality.mac') ?? fieldError('medicareLocality')} />
            <TextInput label="Locality" description="Locality number within the MAC, e.g. 00" value={values.locality} onChange={(event) => set('locality')(event.currentTarget.value)} error={fieldError('medicareLocality.locality')} />
          </Group>
        )}
        <Button type="submit" loading={saving} style={{ alignSelf: 'flex-start' }}>
          {schedule ? 'Save schedule' : 'Create schedule'}
        </Button>
        {saved && (
          <Text role="status" c="teal.9">
            Schedule saved
          </Text>
        )}
        {error !== null && (
          <Alert color="red" role="alert">
            {messageOf(error)}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
