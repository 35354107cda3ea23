import { Alert, Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError, messageOf } from '../api/problem';
import type { components } from '../api/schema';
import type { Coverage } from '../api/views';

type ChangeCoverage = components['schemas']['ChangeCoverageDto'];

/** What the API lets change on a coverage: its end date, whether it is active, its group number and plan name. */
export function CoverageChangeForm({ coverage, onSubmit, onCancel, busy, error }: { coverage: Coverage; onSubmit: (body: ChangeCoverage) => void; onCancel: () => void; busy: boolean; error: unknown }) {
  const [values, setValues] = useState({ effectiveTo: coverage.effectiveTo ?? '', groupNumber: coverage.groupNumber ?? '', planName: coverage.planName ?? '', active: coverage.active });
  const fieldError = (field: string) => (error instanceof ApiError ? error.fieldError(field) : undefined);
  const set = (field: 'effectiveTo' | 'groupNumber' | 'planName') => (event: { currentTarget: { value: string } }) => setValues({ ...values, [field]: event.currentTarget.value });

  function submit(event: FormEvent) {
    event.preventDefault();
    const nullable = (value: string) => (value.trim() ? value.trim() : null);
    onSubmit({ effectiveTo: nullable(values.effectiveTo), groupNumber: nullable(values.groupNumber), planName: nullable(values.planName), active: values.active });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Change the coverage">
      <Stack>
        <Group grow align="start">
          <TextInput label="In effect to" type="date" value={values.effectiveTo} onChange={set('effectiveTo')} error={fieldError('effectiveTo')} />
          <TextInput label="Group number" value={values.groupNumber} onChange={set('groupNumber')} error={fieldError('groupNumber')} />
          <TextInput label="Plan name" value={values.planName} onChange={set('planName')} error={fieldError('planName')} />
        </Group>
        <Checkbox label="Active" checked={values.active} onChange={(event) => setValues({ ...values, active: event.currentTarget.checked })} />
        <Group>
          <Button type="submit" loading={busy}>
            Save coverage
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            Cancel
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
