import { Alert, Badge, Group, Loader, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { messageOf } from '../api/problem';
import type { PluginListing } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';
import { PluginSettingsForm } from './plugin-settings-form';
import { useSavePluginSettings, usePluginsQuery, useSetPluginEnabled } from './plugin-queries';
import type { JsonSchema } from './settings-schema';

const listOrNone = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : 'none');

function PluginFacts({ plugin }: { plugin: PluginListing }) {
  const contributions = Object.entries(plugin.contributions).map(([point, count]) => `${point} (${count})`);
  const rows: [string, string][] = [
    ['Version', plugin.version],
    ['SDK range', plugin.sdk],
    ['Module', plugin.module],
    ['Contributes', contributions.length > 0 ? contributions.join(', ') : plugin.enabled ? 'nothing' : 'nothing while disabled'],
    ['HTTP hosts', listOrNone(plugin.capabilities.hosts)],
    ['Events', listOrNone(plugin.capabilities.events)],
    ['Queries', listOrNone(plugin.capabilities.query)],
    ['Email', plugin.capabilities.mail ? 'sends email through the server' : 'none'],
  ];
  return (
    <Table aria-label={`Facts of ${plugin.id}`} variant="vertical" withTableBorder>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={160}>{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function PluginCard({ plugin, organizationId }: { plugin: PluginListing; organizationId: string }) {
  const setEnabled = useSetPluginEnabled(organizationId);
  const saveSettings = useSavePluginSettings(organizationId);
  const headingId = `plugin-${plugin.id}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id={headingId}>
            {plugin.id}
          </Title>
          <Badge color={plugin.health.healthy ? 'teal.9' : 'red.9'}>{plugin.health.healthy ? 'healthy' : 'unhealthy'}</Badge>
        </Group>
        {!plugin.health.healthy && plugin.health.lastError && (
          <Alert color="red" title="Last error">
            {plugin.health.lastError}
            {plugin.health.lastErrorAt && ` (${new Date(plugin.health.lastErrorAt).toLocaleString()})`}
          </Alert>
        )}
        <PluginFacts plugin={plugin} />
        <Switch
          label={`${plugin.id} is enabled for this organization`}
          description="Review the hosts, events and queries above before enabling; the change applies without a restart."
          checked={plugin.enabled}
          disabled={setEnabled.isPending}
          onChange={(event) => setEnabled.mutate({ pluginId: plugin.id, enabled: event.currentTarget.checked })}
        />
        {setEnabled.error && <Alert color="red" role="alert">{messageOf(setEnabled.error)}</Alert>}
        <Title order={3} size="h4">
          Settings
        </Title>
        <Text size="sm">
          Saved settings apply to this organization at once (version {plugin.settingsVersion}). Secrets are named by the environment variable that holds
          them.
        </Text>
        <PluginSettingsForm
          pluginId={plugin.id}
          schema={plugin.settingsSchema as JsonSchema}
          settings={plugin.settings}
          onSave={(settings) => saveSettings.mutateAsync({ pluginId: plugin.id, settings })}
        />
      </Stack>
    </Paper>
  );
}

/** The installed plugins: version, SDK range, capabilities, health, enable/disable and settings; administrators only. */
export function PluginsPage() {
  const { organizationId } = useCurrentOrganization();
  const plugins = usePluginsQuery(organizationId);
  return (
    <Stack>
      <Title order={1} size="h2">
        Plugins
      </Title>
      {plugins.isPending && <Loader aria-label="Loading the plugins" />}
      {plugins.error && <Alert color="red" role="alert">{messageOf(plugins.error)}</Alert>}
      {plugins.data?.length === 0 && <Text>No plugins are installed. Name them in openrcm.config.ts and restart the server.</Text>}
      {plugins.data?.map((plugin) => <PluginCard key={plugin.id} plugin={plugin} organizationId={organizationId} />)}
    </Stack>
  );
}
