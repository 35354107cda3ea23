import { Alert, Anchor, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { ApiError, expectOk, messageOf } from '../api/problem';
import type { components } from '../api/schema';
import type { DuplicateCandidate, Patient, Sex } from '../api/views';
import { DuplicateCandidatesDialog } from './duplicate-candidates-dialog';

type Registration = components['schemas']['RegisterPatientDto'];
const EMPTY = { firstName: '', lastName: '', birthDate: '', sex: 'F' as Sex, accountNumber: '' };

/** Registers a patient; a possible duplicate (409 with candidates) opens the review dialog. */
export function PatientRegistrationForm({ organizationId }: { organizationId: string }) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState(EMPTY);
  const [candidates, setCandidates] = useState<readonly DuplicateCandidate[]>([]);
  const [registered, setRegistered] = useState<Patient | null>(null);
  const register = useMutation({
    mutationFn: (body: Registration) => expectOk<Patient>(api.POST('/api/organizations/{organizationId}/patients', { params: { path: { organizationId } }, body })),
    onSuccess: (patient) => {
      setCandidates([]);
      setRegistered(patient);
      setValues(EMPTY);
      void queryClient.invalidateQueries({ queryKey: ['patients', organizationId] });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409 && error.problem.candidates) setCandidates(error.problem.candidates as DuplicateCandidate[]);
    },
  });
  const body = (duplicateReviewed: boolean): Registration => ({
    firstName: values.firstName,
    lastName: values.lastName,
    birthDate: values.birthDate,
    sex: values.sex,
    ...(values.accountNumber.trim() && { accountNumber: values.accountNumber.trim() }),
    ...(duplicateReviewed && { duplicateReviewed }),
  });
  const set = (field: keyof typeof EMPTY) => (event: { currentTarget: { value: string } }) => setValues({ ...values, [field]: event.currentTarget.value });
  const fieldError = (field: string) => (register.error instanceof ApiError ? register.error.fieldError(field) : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    setRegistered(null);
    register.mutate(body(false));
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="register-title">
      <form onSubmit={submit} noValidate aria-label="Register a patient">
        <Stack>
          <Title order={2} size="h3" id="register-title">
            Register a patient
          </Title>
          <Group grow>
            <TextInput label="First name" required value={values.firstName} onChange={set('firstName')} error={fieldError('firstName')} />
            <TextInput label="Last name" required value={values.lastName} onChange={set('lastName')} error={fieldError('lastName')} />
          </Group>
          <Group grow>
            <TextInput label="Birth date" type="date" required value={values.birthDate} onChange={set('birthDate')} error={fieldError('birthDate')} />
            <NativeSelect label="Sex" value={values.sex} onChange={set('sex')} data={[{ value: 'F', label: 'F' }, { value: 'M', label: 'M' }, { value: 'U', label: 'U (unknown)' }]} />
            <TextInput label="Account number (MRN)" value={values.accountNumber} onChange={set('accountNumber')} error={fieldError('accountNumber')} />
          </Group>
          <Button type="submit" loading={register.isPending && candidates.length === 0}>
            Register
          </Button>
          {registered && (
            <Text role="status" c="teal.9">
              Registered{' '}
              <Anchor component={Link} to={`/patients/${registered.id}`}>
                {registered.lastName}, {registered.firstName} ({registered.birthDate})
              </Anchor>
            </Text>
          )}
          {register.error && !(register.error instanceof ApiError && register.error.status === 409 && candidates.length > 0) && (
            <Alert color="red" role="alert">
              {messageOf(register.error)}
            </Alert>
          )}
        </Stack>
      </form>
      <DuplicateCandidatesDialog candidates={candidates} onCancel={() => setCandidates([])} onRegisterAnyway={() => register.mutate(body(true))} busy={register.isPending} />
    </Paper>
  );
}
