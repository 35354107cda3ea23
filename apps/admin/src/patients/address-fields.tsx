import { Group, TextInput } from '@mantine/core';

/** A postal address as the form edits it (all text; empty when not given). */
export interface AddressValues {
  readonly line1: string;
  readonly city: string;
  readonly state: string;
  readonly postalCode: string;
}

export const EMPTY_ADDRESS: AddressValues = { line1: '', city: '', state: '', postalCode: '' };

/** Whether any part of the address was filled in (an empty one is left out of the request). */
export function addressGiven(address: AddressValues): boolean {
  return Object.values(address).some((value) => value.trim() !== '');
}

/** Street, city, state and ZIP inputs; `fieldError` gets the server's message for `address.<part>`. */
export function AddressFields({ value, onChange, fieldError }: { value: AddressValues; onChange: (value: AddressValues) => void; fieldError: (field: string) => string | undefined }) {
  const set = (part: keyof AddressValues) => (event: { currentTarget: { value: string } }) => onChange({ ...value, [part]: event.currentTarget.value });
  return (
    <Group grow align="start">
      <TextInput label="Street address" value={value.line1} onChange={set('line1')} error={fieldError('address.line1') ?? fieldError('address')} />
      <TextInput label="City" value={value.city} onChange={set('city')} error={fieldError('address.city')} />
      <TextInput label="State" maxLength={2} value={value.state} onChange={set('state')} error={fieldError('address.state')} />
      <TextInput label="ZIP code" value={value.postalCode} onChange={set('postalCode')} error={fieldError('address.postalCode')} />
    </Group>
  );
}
