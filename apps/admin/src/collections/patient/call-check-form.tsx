import { Alert, Button, Group, List, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { expectOk, messageOf } from '../../api/problem';
import type { CallCheck } from '../../api/views';
import { callCheckText, instantOf, localInputOf, TIME_ZONES } from './call-draft';

/** Asks whether a collection call may be placed at a time: the 7-in-7 limits, the hours in the debtor's zone, opt-outs and disputes. */
export function CallCheckForm({ organizationId, patientId, onClose }: { organizationId: string; patientId: string; onClose: () => void }) {
  const [at, setAt] = useState(() => localInputOf(new Date()));
  const [timeZone, setTimeZone] = useState('');
  const [invalid, setInvalid] = useState(false);
  const check = useMutation({
    mutationFn: (query: { at: string; timeZones?: string }) =>
      expectOk<CallCheck>(api.GET('/api/organizations/{organizationId}/patients/{patientId}/collection-call-check', { params: { path: { organizationId, patientId }, query } })),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const instant = instantOf(at);
    setInvalid(instant === null);
    if (instant) check.mutate({ at: instant, ...(timeZone ? { timeZones: timeZone } : {}) });
  }

  const answer = check.data ? callCheckText(check.data) : null;
  return (
    <form onSubmit={submit} noValidate aria-label="Check before calling">
      <Stack gap="xs">
        <Group grow align="start">
          <TextInput label="When (your local time)" type="datetime-local" value={at} onChange={(event) => setAt(event.currentTarget.value)} error={invalid ? 'Enter the date and time of the call' : undefined} />
          <NativeSelect label="Debtor's time zone" value={timeZone} onChange={(event) => setTimeZone(event.currentTarget.value)} data={[...TIME_ZONES]} />
        </Group>
        <Group gap="xs">
          <Button type="submit" loading={check.isPending}>
            Check
          </Button>
          <Button variant="subtle" onClick={onClose}>
            Close
          </Button>
        </Group>
        {answer && (
          <Alert color={answer.allowed ? 'teal' : 'red'} role="status" title={answer.allowed ? 'The call may be placed' : 'Do not place this call'}>
            <List size="sm">
              {answer.lines.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {check.error && (
          <Alert color="red" role="alert">
            {messageOf(check.error)}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
