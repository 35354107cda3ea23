import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { ReportRun } from '../api/views';
import { dateTime } from '../format/date-time';
import { useParameterValue } from './record-names';

interface ReportRunFactsProps {
  readonly organizationId: string;
  readonly run: ReportRun;
  /** The page's address with this run's asOf written in (a link that gives the same numbers later), when none was set. */
  readonly pinned?: string | undefined;
}

/** What a run counted: the instant it ran as of, and the parameters as the server read them. */
export function ReportRunFacts({ organizationId, run, pinned }: ReportRunFactsProps) {
  const valueOf = useParameterValue(organizationId);
  const parameters = Object.entries(run.parameters).filter(([, value]) => value !== undefined && value !== null);
  return (
    <Stack gap="xs">
      <Text>
        As of <time dateTime={run.asOf}>{dateTime(run.asOf)}</time> (the organization’s day {run.asOfDate}): only what was recorded by then is counted.{' '}
        {pinned && (
          <Anchor component={Link} to={pinned}>
            Link to this run as of this instant
          </Anchor>
        )}
      </Text>
      <Table aria-label="Parameters of the run" maw={520}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Parameter</Table.Th>
            <Table.Th>Value</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {parameters.map(([name, value]) => (
            <Table.Tr key={name}>
              <Table.Td>{name}</Table.Td>
              <Table.Td>{valueOf(name, value)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
