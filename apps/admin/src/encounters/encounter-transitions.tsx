import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../api/problem';
import type { CheckFailure, EncounterDetail, EncounterEvent, GatePolicy } from '../api/views';
import type { CheckException } from './encounter-queries';
import { FailingChecksPanel } from './failing-checks-panel';

/** The events people apply here, with their buttons' wording; `bill` and `capture-charge` belong to the server. */
const EVENT_LABELS: Record<EncounterEvent, string> = {
  'check-in': 'Check in',
  document: 'Mark documented',
  code: 'Mark coded',
  'mark-ready': 'Mark ready to bill',
  reopen: 'Reopen for corrections',
  cancel: 'Cancel the visit',
  'no-show': 'Mark no-show',
};
const NEEDS_REASON: readonly EncounterEvent[] = ['cancel', 'no-show'];

interface EncounterTransitionsProps {
  readonly encounter: EncounterDetail;
  readonly policies: Readonly<Record<string, GatePolicy>>;
  readonly owners: readonly { readonly value: string; readonly label: string }[];
  readonly apply: (request: { event: EncounterEvent; reason?: string; exceptions?: CheckException[] }) => Promise<unknown>;
  readonly pending: boolean;
  /** Called on each refusal by the gates (the page refreshes the checks' policies). */
  readonly onRefused: () => void;
}

/** Buttons for the events the encounter's state allows; a refusal by the gates shows its failing checks. */
export function EncounterTransitions({ encounter, policies, owners, apply, pending, onRefused }: EncounterTransitionsProps) {
  const [reason, setReason] = useState('');
  const [refused, setRefused] = useState<{ event: EncounterEvent; failures: readonly CheckFailure[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const events = encounter.allowedEvents.filter((event): event is EncounterEvent => event in EVENT_LABELS);

  const run = async (event: EncounterEvent, exceptions?: CheckException[]) => {
    setError(null);
    try {
      await apply({ event, ...(reason.trim() && { reason: reason.trim() }), ...(exceptions && { exceptions }) });
      setRefused(null);
      setReason('');
    } catch (failure) {
      const failures = failure instanceof ApiError ? (failure.problem.failures ?? []) : [];
      if (failures.length > 0) {
        setRefused({ event, failures });
        onRefused();
      }
      else setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        Workflow
      </Title>
      {events.some((event) => NEEDS_REASON.includes(event)) && (
        <TextInput label="Reason (to cancel or mark a no-show)" value={reason} onChange={(change) => setReason(change.currentTarget.value)} />
      )}
      <Group>
        {events.length === 0 && <span>No further step here: the encounter is {encounter.state}.</span>}
        {events.map((event) => (
          <Button key={event} variant={event === 'reopen' || NEEDS_REASON.includes(event) ? 'default' : 'filled'} onClick={() => void run(event)} loading={pending}>
            {EVENT_LABELS[event]}
          </Button>
        ))}
      </Group>
      {error && (
        <div role="alert" style={{ color: 'var(--mantine-color-red-text)' }}>
          {error}
        </div>
      )}
      {refused && (
        <FailingChecksPanel
          key={`${refused.event}-${refused.failures.map((failure) => failure.check).join()}`}
          event={EVENT_LABELS[refused.event]}
          failures={refused.failures}
          policies={policies}
          owners={owners}
          passing={pending}
          onPassByException={(exceptions) => void run(refused.event, exceptions)}
        />
      )}
    </Stack>
  );
}
