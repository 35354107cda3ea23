import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { StatementSettings, StatementSettingsInput } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, PLUGIN_ADMIN_ROLES, STATEMENT_SETTINGS_ROLES } from '../session/permissions';
import { StatementPreviewPanel } from './statement-preview-panel';
import { StatementSettingsForm } from './statement-settings-form';
import { statementKeys, useStatementSettings } from './statement-queries';

/** The organization's statement policy: read by the billing office, saved by managers and administrators. */
export function StatementSettingsPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const queryClient = useQueryClient();
  const settings = useStatementSettings(organizationId);
  const canSave = allows(roles, STATEMENT_SETTINGS_ROLES);

  const save = async (body: StatementSettingsInput) => {
    const saved = await expectOk<StatementSettings>(api.PUT('/api/organizations/{organizationId}/statement-settings', { params: { path: { organizationId } }, body }));
    queryClient.setQueryData(statementKeys.settings(organizationId), saved);
  };

  return (
    <Stack>
      <Anchor component={Link} to="/statements">
        ← Statements
      </Anchor>
      <Title order={1} size="h2">
        Statement settings
      </Title>
      {settings.isPending && <Loader aria-label="Loading the statement settings" />}
      {settings.error && (
        <Alert color="red" role="alert">
          {messageOf(settings.error)}
        </Alert>
      )}
      {settings.data && (
        <>
          {!settings.data.saved && (
            <Alert color="orange" title="The defaults apply" role="status">
              Nobody has saved these settings yet. The daily run stays off until the billing office's address and phone are saved here.
            </Alert>
          )}
          {!canSave && <Text>Only a manager or an administrator can change these settings.</Text>}
          <Text size="sm">
            The statement's layout is the <code>template</code> setting of the patient-statements plugin
            {allows(roles, PLUGIN_ADMIN_ROLES) ? (
              <>
                {' '}
                (
                <Anchor component={Link} to="/plugins">
                  Plugins
                </Anchor>
                )
              </>
            ) : (
              ', which an administrator edits'
            )}
            .
          </Text>
          <StatementPreviewPanel organizationId={organizationId} canSend={canSave} />
          <StatementSettingsForm settings={settings.data} readOnly={!canSave} onSave={save} />
        </>
      )}
    </Stack>
  );
}
