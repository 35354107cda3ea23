import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { ApiError, expectOk, messageOf } from '../api/problem';
import type { components } from '../api/schema';
import type { Guarantor, GuarantorRelationship } from '../api/views';
import { AddressFields, addressGiven, EMPTY_ADDRESS, type AddressValues } from './address-fields';
import { patientKeys } from './patient-queries';

type SetGuarantor = components['schemas']['SetGuarantorDto'];
const RELATIONSHIPS: readonly { value: GuarantorRelationship; label: string }[] = [
  { value: 'self', label: 'Self (the patient)' },
  { value: 'spouse', label: 'Spouse' },
  { value: 'parent', label: 'Parent' },
  { value: 'legal-guardian', label: 'Legal guardian' },
  { value: 'other', label: 'Other' },
];

interface Values {
  readonly relationship: GuarantorRelationship;
  readonly firstName: string;
  readonly lastName: string;
  readonly birthDate: string;
  readonly phone: string;
  readonly email: string;
  readonly address: AddressValues;
}

function valuesOf(guarantor: Guarantor | null): Values {
  const address = guarantor?.address;
  return {
    relationship: guarantor?.relationship ?? 'self',
    firstName: guarantor?.firstName ?? '',
    lastName: guarantor?.lastName ?? '',
    birthDate: guarantor?.birthDate ?? '',
    phone: guarantor?.phone ?? '',
    email: guarantor?.email ?? '',
    address: address ? { line1: address.line1, city: address.city, state: address.state, postalCode: address.postalCode } : EMPTY_ADDRESS,
  };
}

/** The request: a self guarantor takes no other field; empty fields are left out. */
function bodyOf(values: Values): SetGuarantor {
  if (values.relationship === 'self') return { relationship: 'self' };
  const text = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    relationship: values.relationship,
    firstName: text(values.firstName),
    lastName: text(values.lastName),
    birthDate: text(values.birthDate),
    phone: text(values.phone),
    email: text(values.email),
    ...(addressGiven(values.address) && { address: values.address }),
  };
}

function describe(guarantor: Guarantor): string {
  if (guarantor.relationship === 'self') return 'The patient is their own guarantor.';
  const address = guarantor.address ? ` · ${guarantor.address.line1}, ${guarantor.address.city} ${guarantor.address.state} ${guarantor.address.postalCode}` : '';
  return `${guarantor.firstName ?? ''} ${guarantor.lastName ?? ''} (${guarantor.relationship})${address}${guarantor.phone ? ` · ${guarantor.phone}` : ''}`;
}

/** Who is financially responsible for the patient: shown, and set or replaced by the front desk. */
export function GuarantorSection({ organizationId, patientId, canEdit }: { organizationId: string; patientId: string; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const key = patientKeys.guarantor(organizationId, patientId);
  const current = useQuery({
    queryKey: key,
    queryFn: async () => {
      const { data, response } = await api.GET('/api/organizations/{organizationId}/patients/{patientId}/guarantor', { params: { path: { organizationId, patientId } } });
      if (response.status === 404) return null;
      return expectOk<Guarantor>(Promise.resolve({ data, response }));
    },
  });
  const [editing, setEditing] = useState<Values | null>(null);
  const save = useMutation({
    mutationFn: (values: Values) => expectOk<Guarantor>(api.PUT('/api/organizations/{organizationId}/patients/{patientId}/guarantor', { params: { path: { organizationId, patientId } }, body: bodyOf(values) })),
    onSuccess: () => {
      setEditing(null);
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const fieldError = (field: string) => (save.error instanceof ApiError ? save.error.fieldError(field) : undefined);
  const set = (field: Exclude<keyof Values, 'address'>) => (event: { currentTarget: { value: string } }) => editing && setEditing({ ...editing, [field]: event.currentTarget.value });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (editing) save.mutate(editing);
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="guarantor-title">
      <Stack>
        <Title order={2} size="h3" id="guarantor-title">
          Guarantor
        </Title>
        {current.error && <Alert color="red" role="alert">{messageOf(current.error)}</Alert>}
        {current.isSuccess && <Text>{current.data ? describe(current.data) : 'No guarantor is set: statements have no one to go to.'}</Text>}
        {canEdit && !editing && current.isSuccess && (
          <Group>
            <Button variant="light" onClick={() => setEditing(valuesOf(current.data))}>
              {current.data ? 'Change guarantor' : 'Set guarantor'}
            </Button>
          </Group>
        )}
        {editing && (
          <form onSubmit={submit} noValidate aria-label="Guarantor">
            <Stack>
              <NativeSelect label="Relationship to the patient" value={editing.relationship} onChange={set('relationship')} data={RELATIONSHIPS.map((option) => ({ ...option }))} error={fieldError('relationship')} />
              {editing.relationship !== 'self' && (
                <>
                  <Group grow align="start">
                    <TextInput label="Guarantor first name" value={editing.firstName} onChange={set('firstName')} error={fieldError('firstName')} />
                    <TextInput label="Guarantor last name" value={editing.lastName} onChange={set('lastName')} error={fieldError('lastName')} />
                    <TextInput label="Guarantor birth date" type="date" value={editing.birthDate} onChange={set('birthDate')} error={fieldError('birthDate')} />
                  </Group>
                  <AddressFields value={editing.address} onChange={(address) => setEditing({ ...editing, address })} fieldError={fieldError} />
                  <Group grow align="start">
                    <TextInput label="Phone" value={editing.phone} onChange={set('phone')} error={fieldError('phone')} />
                    <TextInput label="Email" type="email" value={editing.email} onChange={set('email')} error={fieldError('email')} />
                  </Group>
                </>
              )}
              <Group>
                <Button type="submit" loading={save.isPending}>
                  Save guarantor
                </Button>
                <Button variant="subtle" onClick={() => setEditing(null)}>
                  Cancel
                </Button>
              </Group>
              {save.error && <Alert color="red" role="alert">{messageOf(save.error)}</Alert>}
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
