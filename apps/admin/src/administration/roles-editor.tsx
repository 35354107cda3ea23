import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Member, Role } from '../api/views';
import { ALL_ROLES } from '../session/permissions';
import { RoleCheckboxes } from './role-checkboxes';

interface RolesEditorProps {
  readonly member: Member;
  readonly onSave: (roles: Role[]) => void;
  readonly onCancel: () => void;
  readonly busy?: boolean;
  /** The server's refusal: on the roles when it named them, else the whole message. */
  readonly error?: { readonly roles?: string | undefined; readonly message?: string | undefined };
}

/** A member's roles as checkboxes; saves the whole set (`PUT …/users/:id/roles`) once it changed and is not empty. */
export function RolesEditor({ member, onSave, onCancel, busy = false, error = {} }: RolesEditorProps) {
  const [roles, setRoles] = useState<Role[]>([...member.roles]);
  const changed = roles.length !== member.roles.length || roles.some((role) => !member.roles.includes(role));
  const empty = roles.length === 0;

  return (
    <Stack>
      <Text>
        {member.displayName} ({member.email})
      </Text>
      <RoleCheckboxes label="Roles" choices={ALL_ROLES} value={roles} onChange={setRoles} error={empty ? 'Choose at least one role' : error.roles} />
      {error.message && (
        <Alert color="red" role="alert">
          {error.message}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button onClick={() => onSave(roles)} disabled={!changed || empty} loading={busy}>
          Save roles
        </Button>
      </Group>
    </Stack>
  );
}
