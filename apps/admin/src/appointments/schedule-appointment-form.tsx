import { Alert, Anchor, Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { ApiError, expectOk, messageOf } from '../api/problem';
import type { components } from '../api/schema';
import type { Encounter, Location, Patient, Provider } from '../api/views';
import { PatientPicker } from './patient-picker';
import { providerName } from './reference-queries';

type Schedule = components['schemas']['ScheduleEncounterDto'];

/** A local date and time as the UTC instant the API takes ("2026-12-01" + "09:30"). */
function startOf(date: string, time: string): string | undefined {
  if (!date || !time) return undefined;
  const start = new Date(`${date}T${time}`);
  return Number.isNaN(start.getTime()) ? undefined : start.toISOString();
}

/** Schedules a visit (an encounter in `scheduled`): patient, location, billing and rendering provider, date and time. */
export function ScheduleAppointmentForm({
  organizationId,
  date,
  locations,
  providers,
  preset,
}: {
  organizationId: string;
  date: string;
  locations: readonly Location[];
  providers: readonly Provider[];
  preset?: Patient;
}) {
  const queryClient = useQueryClient();
  const groups = providers.filter((provider) => provider.active && provider.kind === 'organization');
  const clinicians = providers.filter((provider) => provider.active && provider.kind === 'individual');
  const [values, setValues] = useState({
    patientId: preset?.id ?? '',
    locationId: '',
    billingProviderId: '',
    renderingProviderId: '',
    dateOfService: date,
    time: '09:00',
    reason: '',
    selfPay: false,
  });
  const schedule = useMutation({
    mutationFn: (body: Schedule) => expectOk<Encounter>(api.POST('/api/organizations/{organizationId}/encounters', { params: { path: { organizationId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['appointments', organizationId] }),
  });
  const fieldError = (field: string) => (schedule.error instanceof ApiError ? schedule.error.fieldError(field) : undefined);
  const set = (field: 'locationId' | 'billingProviderId' | 'renderingProviderId' | 'dateOfService' | 'time' | 'reason') => (event: { currentTarget: { value: string } }) =>
    setValues({ ...values, [field]: event.currentTarget.value });
  const choose = (placeholder: string, items: readonly { id: string; label: string }[]) => [{ value: '', label: placeholder }, ...items.map((item) => ({ value: item.id, label: item.label }))];

  function submit(event: FormEvent) {
    event.preventDefault();
    const start = startOf(values.dateOfService, values.time);
    schedule.mutate({
      patientId: values.patientId,
      locationId: values.locationId,
      billingProviderId: values.billingProviderId || (groups.length === 1 ? (groups[0]?.id ?? '') : ''),
      renderingProviderId: values.renderingProviderId,
      dateOfService: values.dateOfService,
      ...(start && { scheduledStart: start }),
      ...(values.reason.trim() && { reason: values.reason.trim() }),
      selfPay: values.selfPay,
    });
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="schedule-title">
      <form onSubmit={submit} noValidate aria-label="Schedule an appointment">
        <Stack>
          <Title order={2} size="h3" id="schedule-title">
            Schedule an appointment
          </Title>
          <PatientPicker organizationId={organizationId} value={values.patientId} onChange={(patientId) => setValues({ ...values, patientId })} error={fieldError('patientId')} preset={preset} />
          <Group grow align="start">
            <NativeSelect label="Location" required value={values.locationId} onChange={set('locationId')} error={fieldError('locationId')} data={choose('Choose a location', locations.filter((location) => location.active).map((location) => ({ id: location.id, label: location.name })))} />
            <NativeSelect
              label="Billing provider"
              required
              value={values.billingProviderId || (groups.length === 1 ? (groups[0]?.id ?? '') : '')}
              onChange={set('billingProviderId')}
              error={fieldError('billingProviderId')}
              data={choose('Choose the billing provider', groups.map((provider) => ({ id: provider.id, label: providerName(provider) })))}
            />
            <NativeSelect label="Rendering provider" required value={values.renderingProviderId} onChange={set('renderingProviderId')} error={fieldError('renderingProviderId')} data={choose('Choose the clinician', clinicians.map((provider) => ({ id: provider.id, label: providerName(provider) })))} />
          </Group>
          <Group grow align="start">
            <TextInput label="Date" type="date" required value={values.dateOfService} onChange={set('dateOfService')} error={fieldError('dateOfService')} />
            <TextInput label="Time" type="time" value={values.time} onChange={set('time')} error={fieldError('scheduledStart')} />
            <TextInput label="Reason for the visit" value={values.reason} onChange={set('reason')} error={fieldError('reason')} />
          </Group>
          <Checkbox label="Self-pay (no coverage is billed)" checked={values.selfPay} onChange={(event) => setValues({ ...values, selfPay: event.currentTarget.checked })} />
          <Group>
            <Button type="submit" loading={schedule.isPending}>
              Schedule
            </Button>
          </Group>
          {schedule.isSuccess && (
            <Text role="status" c="teal.9">
              Scheduled for {schedule.data.dateOfService}.{' '}
              <Anchor component={Link} to={`/appointments/${schedule.data.id}`}>
                Open the appointment
              </Anchor>
            </Text>
          )}
          {schedule.error && <Alert color="red" role="alert">{messageOf(schedule.error)}</Alert>}
        </Stack>
      </form>
    </Paper>
  );
}
