import { Alert, Badge, Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { GatePolicy, GateView, Role } from '../api/views';
import { ALL_ROLES } from '../session/permissions';
import type { GatePolicyChange } from './gate-queries';

const POLICIES: readonly { value: GatePolicy; label: string }[] = [
  { value: 'enforce', label: 'enforce: block the transition' },
  { value: 'exception', label: 'exception: pass with an owner and a reason' },
  { value: 'off', label: 'off: not run' },
];

interface GatePolicyEditorProps {
  readonly gate: GateView;
  readonly onSave: (change: GatePolicyChange) => void;
  readonly saving?: boolean;
  readonly error?: string | null;
  readonly saved?: boolean;
}

/** One gate check: its policy and owner role, saved together. */
export function GatePolicyEditor({ gate, onSave, saving = false, error = null, saved = false }: GatePolicyEditorProps) {
  const [policy, setPolicy] = useState<GatePolicy>(gate.policy);
  const [ownerRole, setOwnerRole] = useState<Role>(gate.ownerRole ?? 'manager');
  const changed = policy !== gate.policy || ownerRole !== (gate.ownerRole ?? 'manager');

  return (
    <Paper withBorder p="sm" component="section" aria-label={`Gate check ${gate.check}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{gate.check}</Text>
          <Badge color={gate.policy === 'enforce' ? 'blue' : gate.policy === 'exception' ? 'grape' : 'gray'}>{gate.policy}</Badge>
        </Group>
        <Text size="sm">{gate.description}</Text>
        <Text size="xs" c="dimmed">
          Used by: {gate.usedBy.map((use) => `${use.workflow} ${use.transition}`).join('; ') || 'no transition'}
        </Text>
        <Group align="end">
          <NativeSelect label="Policy" value={policy} onChange={(event) => setPolicy(event.currentTarget.value as GatePolicy)} data={POLICIES.map((option) => ({ ...option }))} />
          <NativeSelect label="Owner role" value={ownerRole} onChange={(event) => setOwnerRole(event.currentTarget.value as Role)} data={[...ALL_ROLES]} />
          <Button onClick={() => onSave({ policy, ownerRole })} disabled={!changed} loading={saving}>
            Save
          </Button>
        </Group>
        {saved && !changed && (
          <Text size="sm" c="teal.9" role="status">
            Saved: {gate.policy}, owned by {gate.ownerRole ?? 'manager'}
          </Text>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
