import { Alert, Anchor, Button, Group, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { messageOf } from '../api/problem';
import type { StatementRunOutcome, StatementRunResult } from '../api/views';
import { dateTime } from '../format/date-time';
import { formatCents } from '../money/cents';
import { useCurrentOrganization } from '../session/current-organization';
import { runSummary } from './statement-runs-page';
import { statementPdfHref, useRunOutcomes, useStatementRun } from './statement-queries';
import { outcomeReason, RESULT_LABELS } from './statement-words';

/** Outcomes shown per page. */
export const OUTCOMES_PER_PAGE = 50;

const RESULTS = Object.keys(RESULT_LABELS) as StatementRunResult[];

/** The patient's name, linking to their page. */
function PatientLink({ outcome }: { outcome: StatementRunOutcome }) {
  const name = outcome.patientName ? `${outcome.patientName.lastName}, ${outcome.patientName.firstName}` : `Patient ${outcome.patientId.slice(0, 8)}`;
  return (
    <Anchor component={Link} to={`/patients/${outcome.patientId}`}>
      {name}
    </Anchor>
  );
}

function OutcomesTable({ organizationId, outcomes }: { organizationId: string; outcomes: readonly StatementRunOutcome[] }) {
  return (
    <Table aria-label="Outcomes">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Patient</Table.Th>
          <Table.Th>Result</Table.Th>
          <Table.Th>Why</Table.Th>
          <Table.Th>Patient balance</Table.Th>
          <Table.Th>Statement</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {outcomes.map((outcome) => (
          <Table.Tr key={outcome.id}>
            <Table.Td>
              <PatientLink outcome={outcome} />
            </Table.Td>
            <Table.Td>{RESULT_LABELS[outcome.result]}</Table.Td>
            <Table.Td>{outcomeReason(outcome.result, outcome.reason)}</Table.Td>
            <Table.Td>{formatCents(outcome.balanceCents)}</Table.Td>
            <Table.Td>
              {outcome.statementId ? (
                <Anchor href={statementPdfHref(organizationId, outcome.statementId)} download>
                  PDF
                </Anchor>
              ) : (
                '—'
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One statement run: its counts and each account's outcome (patient, result, why, balance), filtered by result. */
export function StatementRunPage() {
  const { organizationId } = useCurrentOrganization();
  const runId = useParams().runId ?? '';
  const run = useStatementRun(organizationId, runId).data;
  const outcomes = useRunOutcomes(organizationId, runId);
  const [filter, setFilter] = useState<{ result: StatementRunResult | ''; page: number }>({ result: '', page: 0 });
  const shown = (outcomes.data ?? []).filter((outcome) => filter.result === '' || outcome.result === filter.result);
  const pages = Math.max(1, Math.ceil(shown.length / OUTCOMES_PER_PAGE));
  const page = Math.min(filter.page, pages - 1);

  return (
    <Stack>
      <Anchor component={Link} to="/statements">
        ← Statements
      </Anchor>
      <Title order={1} size="h2">
        {run ? `Statement run of ${run.runDate}` : 'Statement run'}
      </Title>
      {run && (
        <Text>
          Started <time dateTime={run.createdAt}>{dateTime(run.createdAt)}</time>. {runSummary(run)}
        </Text>
      )}
      {outcomes.isPending && <Loader aria-label="Loading the outcomes" />}
      {outcomes.error && (
        <Alert color="red" role="alert">
          {messageOf(outcomes.error)}
        </Alert>
      )}
      {outcomes.data && (
        <>
          <NativeSelect
            label="Result"
            value={filter.result}
            onChange={(event) => setFilter({ result: event.currentTarget.value as StatementRunResult | '', page: 0 })}
            data={[{ value: '', label: 'All results' }, ...RESULTS.map((result) => ({ value: result, label: RESULT_LABELS[result] }))]}
            style={{ maxWidth: 240 }}
          />
          {shown.length === 0 ? (
            <Text>No account has this result in the run.</Text>
          ) : (
            <OutcomesTable organizationId={organizationId} outcomes={shown.slice(page * OUTCOMES_PER_PAGE, (page + 1) * OUTCOMES_PER_PAGE)} />
          )}
          <Group component="nav" aria-label="Outcomes pages" justify="space-between">
            <Text size="sm">
              Page {page + 1} of {pages} · {shown.length} account(s)
            </Text>
            <Group gap="xs">
              <Button variant="default" size="xs" onClick={() => setFilter({ ...filter, page: page - 1 })} disabled={page === 0} aria-label="Previous page">
                Previous
              </Button>
              <Button variant="default" size="xs" onClick={() => setFilter({ ...filter, page: page + 1 })} disabled={page >= pages - 1} aria-label="Next page">
                Next
              </Button>
            </Group>
          </Group>
        </>
      )}
    </Stack>
  );
}
