import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { fieldMessage, formMessage } from '../api/problem';
import type { ApiKeyRole, CreatedApiKey } from '../api/views';
import { API_KEY_GRANTABLE_ROLES } from '../session/permissions';
import { RoleCheckboxes } from './role-checkboxes';
import { ShownOnce } from './shown-once';

export interface ApiKeyInput {
  readonly name: string;
  readonly roles: ApiKeyRole[];
}

interface CreateApiKeyDialogProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly onCreate: (input: ApiKeyInput) => Promise<CreatedApiKey>;
}

const FIELDS = ['name', 'roles'];
const EMPTY: ApiKeyInput = { name: '', roles: [] };

/** Creates an API key (name and roles, never admin); its secret is shown once, here, and forgotten on closing. */
export function CreateApiKeyDialog({ opened, onClose, onCreate }: CreateApiKeyDialogProps) {
  const [values, setValues] = useState<ApiKeyInput>(EMPTY);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  function close() {
    setValues(EMPTY);
    setError(null);
    setCreated(null);
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setCreated(await onCreate({ ...values, name: values.name.trim() }));
    } catch (refusal) {
      setError(refusal);
    } finally {
      setBusy(false);
    }
  }

  const message = formMessage(error, FIELDS);
  return (
    <Modal opened={opened} onClose={close} title={created ? 'API key created' : 'Create an API key'} size="lg" closeOnClickOutside={!created} closeButtonProps={{ 'aria-label': 'Close' }}>
      {created ? (
        <Stack>
          <Text role="status">
            {created.name} ({created.prefix}…) acts with the roles {created.roles.join(', ')}.
          </Text>
          <ShownOnce
            label="Secret"
            value={created.secret}
            warning="Copy the secret into the integration's settings now. OpenRCM stores only its hash and cannot show it again; if it is lost, revoke the key and create another."
          />
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate aria-label="Create an API key">
          <Stack>
            <TextInput
              label="Name"
              description="What uses the key, e.g. the clearinghouse import"
              required
              value={values.name}
              onChange={(event) => setValues({ ...values, name: event.currentTarget.value })}
              error={fieldMessage(error, 'name')}
            />
            <RoleCheckboxes label="Roles (an API key cannot be an administrator)" choices={API_KEY_GRANTABLE_ROLES} value={values.roles} onChange={(roles) => setValues({ ...values, roles })} error={fieldMessage(error, 'roles')} />
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
                Create
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
