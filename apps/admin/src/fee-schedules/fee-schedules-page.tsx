import { Alert, Anchor, Button, Collapse, Group, Loader, Paper, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { FeeSchedule, Page } from '../api/views';
import { ListPager } from '../lists/list-pager';
import { usePagedList } from '../lists/use-paged-list';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, FEE_SCHEDULE_ADMIN_ROLES } from '../session/permissions';
import { FeeScheduleForm } from './fee-schedule-form';
import { useCreateFeeSchedule, usePayerChoicesQuery } from './fee-schedule-queries';

const PAGE_SIZE = 25;

const describeKind = (schedule: FeeSchedule) =>
  schedule.kind === 'fixed' ? 'fixed amounts' : `${(schedule.percentBasisPoints ?? 0) / 100} % of Medicare (${schedule.medicareLocality?.mac ?? ''}-${schedule.medicareLocality?.locality ?? ''})`;

/** The fee schedules (charge master and payer contracts), newest first; administrators and managers add them. */
export function FeeSchedulesPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const payers = usePayerChoicesQuery(organizationId);
  const create = useCreateFeeSchedule(organizationId);
  const list = usePagedList(['fee-schedules', organizationId, 'list'], (after) =>
    expectOk<Page<FeeSchedule>>(
      api.GET('/api/organizations/{organizationId}/fee-schedules', { params: { path: { organizationId }, query: { limit: PAGE_SIZE, sort: '-effectiveFrom', ...(after && { after }) } } }),
    ),
  );
  const schedules = list.query;
  const payerName = (id: string | null) => (id === null ? 'Standard charge master' : (payers.data?.items.find((payer) => payer.id === id)?.name ?? id));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Fee schedules
        </Title>
        {allows(roles, FEE_SCHEDULE_ADMIN_ROLES) && (
          <Button variant={creating ? 'default' : 'filled'} onClick={() => setCreating(!creating)} aria-expanded={creating}>
            {creating ? 'Close the new schedule' : 'New fee schedule'}
          </Button>
        )}
      </Group>
      <Collapse expanded={creating}>
        {creating && (
          <Paper withBorder p="md" component="section" aria-label="New fee schedule">
            <FeeScheduleForm
              schedule={null}
              payers={payers.data?.items ?? []}
              onSave={async (body) => {
                const created = await create.mutateAsync(body);
                void navigate(`/fee-schedules/${created.id}`);
              }}
            />
          </Paper>
        )}
      </Collapse>
      {schedules.isPending && <Loader aria-label="Loading the fee schedules" />}
      {schedules.error && <Alert color="red" role="alert">{messageOf(schedules.error)}</Alert>}
      {schedules.data && (
        <>
          <Table aria-label="Fee schedules">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Payer</Table.Th>
                <Table.Th>Prices</Table.Th>
                <Table.Th>From</Table.Th>
                <Table.Th>To</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {schedules.data.items.map((schedule) => (
                <Table.Tr key={schedule.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/fee-schedules/${schedule.id}`}>
                      {schedule.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{payerName(schedule.payerRecordId)}</Table.Td>
                  <Table.Td>{describeKind(schedule)}</Table.Td>
                  <Table.Td>{schedule.effectiveFrom}</Table.Td>
                  <Table.Td>{schedule.effectiveTo ?? 'open'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <ListPager list={list} label="Fee schedules" noun="schedule(s)" />
        </>
      )}
    </Stack>
  );
}
