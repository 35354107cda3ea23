import { Alert, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { ApiKeyView, CreatedApiKey } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';
import { ConfirmDialog } from './confirm-dialog';
import { CreateApiKeyDialog, type ApiKeyInput } from './create-api-key-dialog';
import { formatWhen } from './format';

/** API keys: name, prefix, roles, created, last used, revoked; create (secret shown once) and revoke. */
export function ApiKeysPage() {
  const { organizationId } = useCurrentOrganization();
  const queryClient = useQueryClient();
  const key = ['api-keys', organizationId];
  const keys = useQuery({
    queryKey: key,
    queryFn: () => expectOk<ApiKeyView[]>(api.GET('/api/organizations/{organizationId}/api-keys', { params: { path: { organizationId } } })),
  });
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKeyView | null>(null);
  const [notice, setNotice] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });

  const create = (body: ApiKeyInput) =>
    expectOk<CreatedApiKey>(api.POST('/api/organizations/{organizationId}/api-keys', { params: { path: { organizationId } }, body })).then((created) => {
      void refresh();
      return created;
    });
  const revoke = useMutation({
    mutationFn: (apiKey: ApiKeyView) => expectOk<ApiKeyView>(api.POST('/api/organizations/{organizationId}/api-keys/{keyId}/revoke', { params: { path: { organizationId, keyId: apiKey.id } } })),
    onSuccess: (apiKey) => {
      setRevoking(null);
      setNotice(`${apiKey.name} (${apiKey.prefix}…) was revoked; calls with it are refused from now on.`);
      void refresh();
    },
  });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          API keys
        </Title>
        <Button onClick={() => setCreating(true)}>Create an API key</Button>
      </Group>
      {notice && (
        <Text role="status" c="teal.9">
          {notice}
        </Text>
      )}
      {keys.isPending && <Loader aria-label="Loading the API keys" />}
      {keys.error && (
        <Alert color="red" role="alert">
          {messageOf(keys.error)}
        </Alert>
      )}
      {keys.data && keys.data.length === 0 && <Text>No API keys yet.</Text>}
      {keys.data && keys.data.length > 0 && (
        <Table aria-label="API keys">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Prefix</Table.Th>
              <Table.Th>Roles</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th>Last used</Table.Th>
              <Table.Th>Revoked</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {keys.data.map((apiKey) => (
              <Table.Tr key={apiKey.id}>
                <Table.Td>{apiKey.name}</Table.Td>
                <Table.Td ff="monospace">{apiKey.prefix}…</Table.Td>
                <Table.Td>{apiKey.roles.join(', ')}</Table.Td>
                <Table.Td>{formatWhen(apiKey.createdAt)}</Table.Td>
                <Table.Td>{apiKey.lastUsedAt ? formatWhen(apiKey.lastUsedAt) : 'never'}</Table.Td>
                <Table.Td>{apiKey.revokedAt ? formatWhen(apiKey.revokedAt) : 'no'}</Table.Td>
                <Table.Td>
                  {!apiKey.revokedAt && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => {
                        revoke.reset();
                        setRevoking(apiKey);
                      }}
                      aria-label={`Revoke ${apiKey.name}`}
                    >
                      Revoke
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <CreateApiKeyDialog opened={creating} onClose={() => setCreating(false)} onCreate={create} />
      {revoking && (
        <ConfirmDialog
          opened
          title="Revoke this API key?"
          message={`${revoking.name} (${revoking.prefix}…) stops working at once. This cannot be undone.`}
          confirmLabel="Revoke"
          onConfirm={() => revoke.mutate(revoking)}
          onCancel={() => setRevoking(null)}
          busy={revoke.isPending}
          error={revoke.error ? messageOf(revoke.error) : undefined}
        />
      )}
    </Stack>
  );
}
