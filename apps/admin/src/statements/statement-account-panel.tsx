import { Alert, Button, Checkbox, Group, Loader, Stack, Table, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { fieldMessage, formMessage, expectOk, messageOf } from '../api/problem';
import type { StatementAccount } from '../api/views';
import { accountChangeOf, accountDraftOf, deliveryWords, holdWords, type AccountDraft } from './account-draft';
import { statementKeys, useStatementAccount } from './statement-queries';
import { ACCOUNT_STATES } from './statement-words';

const ACCOUNT_FIELDS = ['emailConsent', 'email', 'holdUntil', 'holdReason'];

/** Today in the browser's calendar, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function AccountFacts({ account }: { account: StatementAccount }) {
  const rows: [string, string][] = [
    ['State', ACCOUNT_STATES[account.state]],
    ['Statements sent in this cycle', String(account.statementsSent)],
    ['Last statement', account.lastStatementOn ?? 'none yet'],
    ['Statements go', deliveryWords(account)],
    ['Hold', holdWords(account, today())],
  ];
  return (
    <Table aria-label="Statement account" variant="vertical" withTableBorder>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={260}>{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The patient's statement account: its state and cycle, where statements go, and a hold; consent and hold editable. */
export function StatementAccountPanel({ organizationId, patientId }: { organizationId: string; patientId: string }) {
  const queryClient = useQueryClient();
  const account = useStatementAccount(organizationId, patientId);
  const [editing, setEditing] = useState<AccountDraft | null>(null);
  const save = useMutation({
    mutationFn: (draft: AccountDraft) =>
      expectOk<StatementAccount>(api.PATCH('/api/organizations/{organizationId}/patients/{patientId}/statement-account', { params: { path: { organizationId, patientId } }, body: accountChangeOf(draft) })),
    onSuccess: (saved) => {
      queryClient.setQueryData(statementKeys.account(organizationId, patientId), saved);
      setEditing(null);
    },
  });
  const change = (next: Partial<AccountDraft>) => editing && setEditing({ ...editing, ...next });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (editing) save.mutate(editing);
  }

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Account
      </Title>
      {account.isPending && <Loader aria-label="Loading the statement account" />}
      {account.error && (
        <Alert color="red" role="alert">
          {messageOf(account.error)}
        </Alert>
      )}
      {account.data && <AccountFacts account={account.data} />}
      {account.data && !editing && (
        <Group>
          <Button
            variant="light"
            onClick={() => {
              save.reset();
              setEditing(accountDraftOf(account.data));
            }}
          >
            Change email consent or hold
          </Button>
        </Group>
      )}
      {editing && (
        <form onSubmit={submit} noValidate aria-label="Email consent and hold">
          <Stack gap="sm">
            <Checkbox
              label="The guarantor consents to statements by email"
              checked={editing.emailConsent}
              onChange={(event) => change({ emailConsent: event.currentTarget.checked })}
              error={fieldMessage(save.error, 'emailConsent')}
            />
            <TextInput
              label="Statement email"
              description="Empty: the guarantor's email on file"
              type="email"
              value={editing.email}
              onChange={(event) => change({ email: event.currentTarget.value })}
              error={fieldMessage(save.error, 'email')}
            />
            <Group grow align="start">
              <TextInput label="Hold statements until" type="date" value={editing.holdUntil} onChange={(event) => change({ holdUntil: event.currentTarget.value })} error={fieldMessage(save.error, 'holdUntil')} />
              <TextInput label="Reason for the hold" value={editing.holdReason} onChange={(event) => change({ holdReason: event.currentTarget.value })} error={fieldMessage(save.error, 'holdReason')} />
            </Group>
            <Group>
              <Button type="submit" loading={save.isPending}>
                Save account
              </Button>
              <Button variant="subtle" onClick={() => setEditing(null)}>
                Cancel
              </Button>
            </Group>
            {formMessage(save.error, ACCOUNT_FIELDS) && (
              <Alert color="red" role="alert">
                {formMessage(save.error, ACCOUNT_FIELDS)}
              </Alert>
            )}
          </Stack>
        </form>
      )}
    </Stack>
  );
}
