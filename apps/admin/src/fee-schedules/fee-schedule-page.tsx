import { Alert, Anchor, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router-dom';
import { messageOf } from '../api/problem';
import { formatCents } from '../money/cents';
import { ListPager } from '../lists/list-pager';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, FEE_SCHEDULE_ADMIN_ROLES, FEE_SCHEDULE_IMPORT_ROLES } from '../session/permissions';
import { FeeScheduleForm } from './fee-schedule-form';
import { FeeScheduleImport } from './fee-schedule-import';
import { useFeeScheduleEntries, useFeeScheduleQuery, usePayerChoicesQuery, useUpdateFeeSchedule } from './fee-schedule-queries';

function Entries({ organizationId, feeScheduleId }: { organizationId: string; feeScheduleId: string }) {
  const list = useFeeScheduleEntries(organizationId, feeScheduleId);
  const entries = list.query;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="entries-title">
      <Stack>
        <Title order={2} size="h3" id="entries-title">
          Entries
        </Title>
        {entries.isPending && <Loader aria-label="Loading the entries" />}
        {entries.error && <Alert color="red" role="alert">{messageOf(entries.error)}</Alert>}
        {entries.data && entries.data.items.length > 0 && (
          <Table aria-label="Entries" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Code</Table.Th>
                <Table.Th>Modifier</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.data.items.map((entry) => (
                <Table.Tr key={`${entry.code}/${entry.modifier ?? ''}`}>
                  <Table.Td>{entry.code}</Table.Td>
                  <Table.Td>{entry.modifier ?? ''}</Table.Td>
                  <Table.Td ta="right">{formatCents(entry.amountCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {entries.data && <ListPager list={list} label="Entries" noun="entries" />}
      </Stack>
    </Paper>
  );
}

/** One fee schedule: its fields (editable by administrators and managers), its entries, and the entries import. */
export function FeeSchedulePage() {
  const { organizationId, roles } = useCurrentOrganization();
  const feeScheduleId = useParams().feeScheduleId as string;
  const schedule = useFeeScheduleQuery(organizationId, feeScheduleId);
  const payers = usePayerChoicesQuery(organizationId);
  const update = useUpdateFeeSchedule(organizationId, feeScheduleId);
  const data = schedule.data;

  return (
    <Stack>
      <Anchor component={Link} to="/fee-schedules">
        All fee schedules
      </Anchor>
      <Title order={1} size="h2">
        {data?.name ?? 'Fee schedule'}
      </Title>
      {schedule.isPending && <Loader aria-label="Loading the fee schedule" />}
      {schedule.error && <Alert color="red" role="alert">{messageOf(schedule.error)}</Alert>}
      {data && !allows(roles, FEE_SCHEDULE_ADMIN_ROLES) && (
        <Text>
          Effective from {data.effectiveFrom} to {data.effectiveTo ?? 'open'}.
        </Text>
      )}
      {data && allows(roles, FEE_SCHEDULE_ADMIN_ROLES) && (
        <Paper withBorder p="md" component="section" aria-label="Schedule">
          <FeeScheduleForm
            key={data.id}
            schedule={data}
            payers={payers.data?.items ?? []}
            onSave={({ name, effectiveFrom, effectiveTo, percentBasisPoints, medicareLocality }) =>
              update.mutateAsync({ name, effectiveFrom, effectiveTo, ...(percentBasisPoints !== undefined && { percentBasisPoints }), ...(medicareLocality && { medicareLocality }) })
            }
          />
        </Paper>
      )}
      {data?.kind === 'fixed' && allows(roles, FEE_SCHEDULE_IMPORT_ROLES) && <FeeScheduleImport organizationId={organizationId} feeScheduleId={data.id} />}
      {data?.kind === 'fixed' && <Entries organizationId={organizationId} feeScheduleId={data.id} />}
      {data?.kind === 'percent-of-medicare' && (
        <Text>
          Prices {(data.percentBasisPoints ?? 0) / 100} % of the Medicare PFS allowed amount in locality {data.medicareLocality?.mac}-{data.medicareLocality?.locality}; it has no
          entries.
        </Text>
      )}
    </Stack>
  );
}
