import { Alert, Badge, Button, Group, List, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { CheckFailure, GatePolicy } from '../api/views';
import type { CheckException } from './encounter-queries';

interface FailingChecksPanelProps {
  /** The event that was refused, as the heading names it. */
  readonly event: string;
  readonly failures: readonly CheckFailure[];
  /** Each gate check's policy in this organization (`GET …/gates`). */
  readonly policies: Readonly<Record<string, GatePolicy>>;
  /** Who may own the follow-up of an exception: at least the user themself. */
  readonly owners: readonly { readonly value: string; readonly label: string }[];
  readonly onPassByException: (exceptions: CheckException[]) => void;
  readonly passing: boolean;
}

const POLICY_LABEL: Record<GatePolicy, string> = { enforce: 'enforced', exception: 'may pass by exception', off: 'off' };

/**
 * A refused transition: every failing check with its reason. When each failing check's policy is `exception`, the
 * transition can pass with an owner of the follow-up and a reason, logged for each check (the server opens an
 * exception work item per check); an enforced check must be fixed first.
 */
export function FailingChecksPanel({ event, failures, policies, owners, onPassByException, passing }: FailingChecksPanelProps) {
  const [owner, setOwner] = useState(owners[0]?.value ?? '');
  const [reason, setReason] = useState('');
  const blocking = failures.filter((failure) => policies[failure.check] !== 'exception');
  const excepted = failures.filter((failure) => policies[failure.check] === 'exception');
  return (
    <Alert color="red" title={`“${event}” was refused: ${failures.length} check${failures.length === 1 ? '' : 's'} failed`} role="alert">
      <Stack gap="sm">
        <List aria-label="Failing checks">
          {failures.map((failure) => (
            <List.Item key={failure.check}>
              <Group gap="xs">
                <Text fw={700} span>
                  {failure.check}
                </Text>
                {policies[failure.check] && <Badge variant="light">{POLICY_LABEL[policies[failure.check] as GatePolicy]}</Badge>}
              </Group>
              <Text size="sm">{failure.reason}</Text>
            </List.Item>
          ))}
        </List>
        {blocking.length > 0 && excepted.length > 0 && (
          <Text size="sm">Fix the checks that are not open to exceptions ({blocking.map((failure) => failure.check).join(', ')}); the others can then pass by exception.</Text>
        )}
        {blocking.length === 0 && excepted.length > 0 && (
          <Stack gap="xs" component="form" aria-label="Pass by exception" onSubmit={(submit) => {
            submit.preventDefault();
            onPassByException(excepted.map((failure) => ({ check: failure.check, owner, reason: reason.trim() })));
          }}>
            <Text size="sm">These checks may pass by exception: name who owns the follow-up and why.</Text>
            <NativeSelect label="Owner of the follow-up" value={owner} onChange={(change) => setOwner(change.currentTarget.value)} data={[...owners]} />
            <Textarea label="Reason for the exception" value={reason} onChange={(change) => setReason(change.currentTarget.value)} minRows={2} />
            <Group>
              <Button type="submit" disabled={!owner || !reason.trim()} loading={passing}>
                Pass “{event}” by exception
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Alert>
  );
}
