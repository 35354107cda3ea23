import { Alert, Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { StatementRun } from '../api/views';
import { dateTime } from '../format/date-time';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, STATEMENT_RUN_ROLES, STATEMENT_SETTINGS_READER_ROLES } from '../session/permissions';
import { statementKeys, useStatementRuns } from './statement-queries';
import { skippedText, TRIGGER_LABELS } from './statement-words';

/** A finished run's counts in a sentence. */
export function runSummary(run: StatementRun): string {
  if (!run.counts) return `The run of ${run.runDate} has not finished.`;
  const { considered, sent, failed, settled, writtenOff = 0 } = run.counts;
  const skipped = Object.values(run.counts.skipped).reduce((sum, count) => sum + count, 0);
  return `The run of ${run.runDate} looked at ${considered} account(s): ${sent} sent, ${failed} failed, ${settled} settled, ${writtenOff} written off, ${skipped} skipped.`;
}

function RunsTable({ runs }: { runs: readonly StatementRun[] }) {
  return (
    <Table aria-label="Statement runs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Statement date</Table.Th>
          <Table.Th>Started</Table.Th>
          <Table.Th>Trigger</Table.Th>
          <Table.Th>Sent</Table.Th>
          <Table.Th>Failed</Table.Th>
          <Table.Th>Settled</Table.Th>
          <Table.Th>Skipped, by reason</Table.Th>
          <Table.Th>Accounts</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {runs.map((run) => (
          <Table.Tr key={run.id}>
            <Table.Td>{run.runDate}</Table.Td>
            <Table.Td>
              <time dateTime={run.createdAt}>{dateTime(run.createdAt)}</time>
            </Table.Td>
            <Table.Td>{TRIGGER_LABELS[run.trigger]}</Table.Td>
            {run.counts ? (
              <>
                <Table.Td>{run.counts.sent}</Table.Td>
                <Table.Td>{run.counts.failed}</Table.Td>
                <Table.Td>{run.counts.settled}</Table.Td>
                <Table.Td>{skippedText(run.counts)}</Table.Td>
              </>
            ) : (
              <Table.Td colSpan={4}>not finished</Table.Td>
            )}
            <Table.Td>
              <Anchor component={Link} to={`/statements/runs/${run.id}`} aria-label={`Outcomes of the run started ${dateTime(run.createdAt)}`}>
                Outcomes
              </Anchor>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Patient statements: the run log, running statements now, and the way to the settings. */
export function StatementRunsPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const queryClient = useQueryClient();
  const runs = useStatementRuns(organizationId);
  const run = useMutation({
    mutationFn: () => expectOk<StatementRun>(api.POST('/api/organizations/{organizationId}/statement-runs', { params: { path: { organizationId } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: statementKeys.runs(organizationId) });
      void queryClient.invalidateQueries({ queryKey: ['patient', organizationId] });
    },
  });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Statements
        </Title>
        <Group>
          {allows(roles, STATEMENT_SETTINGS_READER_ROLES) && (
            <Button component={Link} to="/statements/settings" variant="default">
              Statement settings
            </Button>
          )}
          {allows(roles, STATEMENT_RUN_ROLES) && (
            <Button onClick={() => run.mutate()} loading={run.isPending}>
              Run statements now
            </Button>
          )}
        </Group>
      </Group>
      <Text>
        Each run sends a statement to every account that owes and is due one, and records why every other account got none. A patient's statements, email
        consent, hold and disputes are on their patient page.
      </Text>
      {run.data && (
        <Alert color="teal" role="status" title="Statements run">
          {runSummary(run.data)}{' '}
          <Anchor component={Link} to={`/statements/runs/${run.data.id}`} c="inherit" underline="always">
            See each account's outcome
          </Anchor>
        </Alert>
      )}
      {run.error && (
        <Alert color="red" role="alert">
          {messageOf(run.error)}
        </Alert>
      )}
      {runs.isPending && <Loader aria-label="Loading the statement runs" />}
      {runs.error && (
        <Alert color="red" role="alert">
          {messageOf(runs.error)}
        </Alert>
      )}
      {runs.data && runs.data.length === 0 && <Text>No statement run yet.</Text>}
      {runs.data && runs.data.length > 0 && (
        <>
          <RunsTable runs={runs.data} />
          <Text size="sm" c="dimmed">
            The last {runs.data.length} run(s), newest first (the server lists up to 100).
          </Text>
        </>
      )}
    </Stack>
  );
}
