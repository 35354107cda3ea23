import { Checkbox, Group } from '@mantine/core';
import type { Role } from '../api/views';

interface RoleCheckboxesProps<R extends Role> {
  readonly label: string;
  readonly choices: readonly R[];
  readonly value: readonly R[];
  readonly onChange: (roles: R[]) => void;
  readonly error?: string | undefined;
}

/** One checkbox per role, kept in the order of `choices` whatever order they were ticked in. */
export function RoleCheckboxes<R extends Role>({ label, choices, value, onChange, error }: RoleCheckboxesProps<R>) {
  return (
    <Checkbox.Group label={label} value={[...value]} onChange={(ticked: string[]) => onChange(choices.filter((role) => ticked.includes(role)))} error={error}>
      <Group mt="xs" gap="md">
        {choices.map((role) => (
          <Checkbox key={role} value={role} label={role} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}
