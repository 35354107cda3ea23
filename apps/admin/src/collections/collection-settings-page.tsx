import { Alert, Loader, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { CollectionSettings, CollectionSettingsInput } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, COLLECTION_APPROVER_ROLES } from '../session/permissions';
import { CollectionSettingsForm } from './collection-settings-form';
import { collectionKeys, useCollectionSettings } from './collection-queries';
import { CollectionsTabs } from './collections-tabs';

/** The collections policy: read by A/R, saved by managers and administrators. */
export function CollectionSettingsPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const queryClient = useQueryClient();
  const settings = useCollectionSettings(organizationId);
  const canSave = allows(roles, COLLECTION_APPROVER_ROLES);

  const save = async (body: CollectionSettingsInput) => {
    const saved = await expectOk<CollectionSettings>(api.PUT('/api/organizations/{organizationId}/collection-settings', { params: { path: { organizationId } }, body }));
    queryClient.setQueryData(collectionKeys.settings(organizationId), saved);
  };

  return (
    <Stack>
      <CollectionsTabs title="Placement rules" />
      {settings.isPending && <Loader aria-label="Loading the placement rules" />}
      {settings.error && (
        <Alert color="red" role="alert">
          {messageOf(settings.error)}
        </Alert>
      )}
      {settings.data && (
        <>
          {!settings.data.saved && (
            <Alert color="orange" title="The defaults apply" role="status">
              Nobody has saved these rules yet: the defaults below apply to every proposal.
            </Alert>
          )}
          {!canSave && <Text>Only a manager or an administrator can change these rules.</Text>}
          <CollectionSettingsForm settings={settings.data} readOnly={!canSave} onSave={save} />
        </>
      )}
    </Stack>
  );
}
