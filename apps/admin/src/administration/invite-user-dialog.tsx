import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { fieldMessage, formMessage } from '../api/problem';
import type { Invitation, Role } from '../api/views';
import { ALL_ROLES } from '../session/permissions';
import { RoleCheckboxes } from './role-checkboxes';
import { ShownOnce } from './shown-once';

export interface InviteInput {
  readonly email: string;
  readonly displayName: string;
  readonly roles: Role[];
}

interface InviteUserDialogProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly onInvite: (input: InviteInput) => Promise<Invitation>;
}

const FIELDS = ['email', 'displayName', 'roles'];
const EMPTY: InviteInput = { email: '', displayName: '', roles: [] };

/**
 * Invites a person: e-mail, display name, roles. A new user's one-time password is shown once, here; closing the
 * dialog forgets it. Someone who already has an account just joins the organization with their own password.
 */
export function InviteUserDialog({ opened, onClose, onInvite }: InviteUserDialogProps) {
  const [values, setValues] = useState<InviteInput>(EMPTY);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [invitation, setInvitation] = useState<Invitation | null>(null);

  function close() {
    setValues(EMPTY);
    setError(null);
    setInvitation(null);
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setInvitation(await onInvite({ ...values, email: values.email.trim(), displayName: values.displayName.trim() }));
    } catch (refusal) {
      setError(refusal);
    } finally {
      setBusy(false);
    }
  }

  const message = formMessage(error, FIELDS);
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={invitation ? 'User invited' : 'Invite a user'}
      size="lg"
      closeOnClickOutside={!invitation}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {invitation ? (
        <Stack>
          <Text role="status">
            {invitation.member.displayName} ({invitation.member.email}) is now a member with the roles {invitation.member.roles.join(', ')}.
          </Text>
          {invitation.oneTimePassword ? (
            <ShownOnce
              label="One-time password"
              value={invitation.oneTimePassword}
              warning="Give this password to the user now, by a safe channel. It will not be shown again; they choose their own at first sign-in."
            />
          ) : (
            <Text>They already had an account, so they sign in with their own password.</Text>
          )}
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate aria-label="Invite a user">
          <Stack>
            <TextInput label="E-mail" type="email" required value={values.email} onChange={(event) => setValues({ ...values, email: event.currentTarget.value })} error={fieldMessage(error, 'email')} />
            <TextInput
              label="Display name"
              required
              value={values.displayName}
              onChange={(event) => setValues({ ...values, displayName: event.currentTarget.value })}
              error={fieldMessage(error, 'displayName')}
            />
            <RoleCheckboxes label="Roles" choices={ALL_ROLES} value={values.roles} onChange={(roles) => setValues({ ...values, roles })} error={fieldMessage(error, 'roles')} />
            {message && (
              <Alert color="red" role="alert">
                {message}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={busy}>
                Invite
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
