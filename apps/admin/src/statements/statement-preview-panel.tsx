import { Alert, Anchor, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';

export const statementPreviewHref = (organizationId: string, format: 'html' | 'pdf') => `/api/organizations/${organizationId}/statement-preview.${format}`;

/**
 * The saved template on made-up data under the organization's billing office: open it as HTML or PDF, and (managers
 * and administrators) email it to a staff address to see what patients receive.
 */
export function StatementPreviewPanel({ organizationId, canSend }: { organizationId: string; canSend: boolean }) {
  const [to, setTo] = useState('');
  const [state, setState] = useState<{ sending: boolean; sent?: string; error?: string }>({ sending: false });

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setState({ sending: true });
    try {
      await expectOk(api.POST('/api/organizations/{organizationId}/statement-preview/send', { params: { path: { organizationId } }, body: { to } }));
      setState({ sending: false, sent: to });
    } catch (error) {
      setState({ sending: false, error: messageOf(error) });
    }
  };

  return (
    <Fieldset legend="Preview (made-up patient, your billing office and notices)">
      <Stack gap="sm">
        <Group>
          <Anchor href={statementPreviewHref(organizationId, 'html')} target="_blank" rel="noreferrer">
            Preview as HTML
          </Anchor>
          <Anchor href={statementPreviewHref(organizationId, 'pdf')} target="_blank" rel="noreferrer">
            Preview as PDF
          </Anchor>
        </Group>
        {canSend && (
          <form aria-label="Send a test statement" onSubmit={send}>
            <Group align="end">
              <TextInput label="Send a test statement to" type="email" required value={to} onChange={(event) => setTo(event.currentTarget.value)} placeholder="you@clinic.example" />
              <Button type="submit" loading={state.sending}>
                Send test
              </Button>
            </Group>
          </form>
        )}
        {state.sent && (
          <Text role="status" size="sm">
            A test statement was sent to {state.sent}.
          </Text>
        )}
        {state.error && (
          <Alert color="red" role="alert">
            {state.error}
          </Alert>
        )}
      </Stack>
    </Fieldset>
  );
}
