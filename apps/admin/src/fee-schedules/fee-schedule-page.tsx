import { Alert, Anchor, Loader, Pagination, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { messageOf } from '../api/problem';
import type { FeeScheduleDetail } from '../api/views';
import { formatCents } from '../format/money';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, FEE_SCHEDULE_ADMIN_ROLES, FEE_SCHEDULE_IMPORT_ROLES } from '../session/permissions';
import { FeeScheduleForm } from './fee-schedule-form';
import { FeeScheduleImport } from './fee-schedule-import';
import { FEE_SCHEDULE_ENTRIES_PAGE, useFeeScheduleQuery, usePayerChoicesQuery, useUpdateFeeSchedule } from './fee-schedule-queries';

function Entries({ schedule, page, onPage }: { schedule: FeeScheduleDetail; page: number; onPage: (page: number) => void }) {
  const { entries } = schedule;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="entries-title">
      <Stack>
        <Title order={2} size="h3" id="entries-title">
          Entries
        </Title>
        <Text size="sm">{entries.total} entr{entries.total === 1 ? 'y' : 'ies'}</Text>
        {entries.items.length > 0 && (
          <Table aria-label="Entries" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Code</Table.Th>
                <Table.Th>Modifier</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.items.map((entry) => (
                <Table.Tr key={`${entry.code}/${entry.modifier ?? ''}`}>
                  <Table.Td>{entry.code}</Table.Td>
                  <Table.Td>{entry.modifier ?? ''}</Table.Td>
                  <Table.Td ta="right">{formatCents(entry.amountCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {entries.total > FEE_SCHEDULE_ENTRIES_PAGE && (
          <Pagination total={Math.ceil(entries.total / FEE_SCHEDULE_ENTRIES_PAGE)} value={page} onChange={onPage} getControlProps={(control) => ({ 'aria-label': `${control} page of entries` })} />
        )}
      </Stack>
    </Paper>
  );
}

/** One fee schedule: its fields (editable by administrators and managers), its entries, and the entries import. */
export function FeeSchedulePage() {
  const { organizationId, roles } = useCurrentOrganization();
  const feeScheduleId = useParams().feeScheduleId as string;
  const [page, setPage] = useState(1);
  const schedule = useFeeScheduleQuery(organizationId, feeScheduleId, page);
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
      {data?.kind === 'fixed' && <Entries schedule={data} page={page} onPage={setPage} />}
      {data?.kind === 'percent-of-medicare' && (
        <Text>
          Prices {(data.percentBasisPoints ?? 0) / 100} % of the Medicare PFS allowed amount in locality {data.medicareLocality?.mac}-{data.medicareLocality?.locality}; it has no
          entries.
        </Text>
      )}
    </Stack>
  );
}
