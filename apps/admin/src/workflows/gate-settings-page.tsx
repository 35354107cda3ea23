import { Alert, Button, Group, Loader, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { messageOf } from '../api/problem';
import type { GateSettings } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';
import { GateEditorList } from './gate-editor-list';
import { GateHistorySection } from './gate-history-section';
import { useGateSettingsQuery, useGatesQuery, useSetGateSettings } from './gate-queries';

function StopTheLineWindow({ settings, organizationId }: { settings: GateSettings; organizationId: string }) {
  const [days, setDays] = useState<number | string>(settings.defectWindowDays);
  const save = useSetGateSettings(organizationId);
  return (
    <Paper withBorder p="sm" component="section" aria-label="Stop-the-line window">
      <Stack gap="xs">
        <Text>A check that fails for a second record within this many days stops the line (an upstream-defect work item).</Text>
        <Group align="end">
          <NumberInput label="Window in days" min={1} max={365} value={days} onChange={setDays} />
          <Button onClick={() => save.mutate({ defectWindowDays: Number(days) })} loading={save.isPending} disabled={Number(days) === settings.defectWindowDays}>
            Save window
          </Button>
        </Group>
        {save.isSuccess && <Text role="status">Saved: {settings.defectWindowDays} days</Text>}
        {save.error && <Alert color="red" role="alert">{messageOf(save.error)}</Alert>}
      </Stack>
    </Paper>
  );
}

/** The organization's gate checks (policy and owner), the stop-the-line window and who changed them; administrators only. */
export function GateSettingsPage() {
  const { organizationId } = useCurrentOrganization();
  const gates = useGatesQuery(organizationId);
  const settings = useGateSettingsQuery(organizationId);

  return (
    <Stack>
      <Title order={1} size="h2">
        Gate settings
      </Title>
      {settings.data && <StopTheLineWindow key={settings.data.defectWindowDays} settings={settings.data} organizationId={organizationId} />}
      <Title order={2} size="h3">
        Gate checks
      </Title>
      {gates.isPending && <Loader aria-label="Loading the gate checks" />}
      {gates.error && <Alert color="red" role="alert">{messageOf(gates.error)}</Alert>}
      {gates.data && <GateEditorList organizationId={organizationId} gates={gates.data} />}
      <GateHistorySection organizationId={organizationId} />
    </Stack>
  );
}
