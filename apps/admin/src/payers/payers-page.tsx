import { Alert, Anchor, Button, Group, Loader, NativeSelect, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { Page, Payer } from '../api/views';
import { ListPager } from '../lists/list-pager';
import { usePagedList } from '../lists/use-paged-list';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, PAYER_ADMIN_ROLES } from '../session/permissions';

const PAGE_SIZE = 25;

/** The payers: search by name or payer id, active or not, pages of 25 (cursors); administrators and managers add and edit. */
export function PayersPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const [search, setSearch] = useState('');
  const [active, setActive] = useState<'' | 'true' | 'false'>('');
  const filters = { sort: 'name', ...(search.trim() && { q: search.trim() }), ...(active && { active }) };
  const list = usePagedList(['payers', organizationId, 'list', filters], (after) =>
    expectOk<Page<Payer>>(api.GET('/api/organizations/{organizationId}/payers', { params: { path: { organizationId }, query: { limit: PAGE_SIZE, ...filters, ...(after && { after }) } } })),
  );
  const payers = list.query;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Payers
        </Title>
        {allows(roles, PAYER_ADMIN_ROLES) && (
          <Button component={Link} to="/payers/new">
            New payer
          </Button>
        )}
      </Group>
      <Group align="end">
        <TextInput
          label="Search"
          description="A part of the name or the payer id"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
        <NativeSelect
          label="Status"
          value={active}
          onChange={(event) => setActive(event.currentTarget.value as '' | 'true' | 'false')}
          data={[
            { value: '', label: 'any' },
            { value: 'true', label: 'active' },
            { value: 'false', label: 'inactive' },
          ]}
        />
      </Group>
      {payers.isPending && <Loader aria-label="Loading the payers" />}
      {payers.error && <Alert color="red" role="alert">{messageOf(payers.error)}</Alert>}
      {payers.data && (
        <>
          <Table aria-label="Payers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Payer id</Table.Th>
                <Table.Th>Filing indicator</Table.Th>
                <Table.Th>Clearinghouse</Table.Th>
                <Table.Th>Eligibility</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {payers.data.items.map((payer) => (
                <Table.Tr key={payer.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/payers/${payer.id}`}>
                      {payer.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{payer.payerId}</Table.Td>
                  <Table.Td>{payer.claimFilingIndicator}</Table.Td>
                  <Table.Td>{payer.clearinghousePluginId ?? ''}</Table.Td>
                  <Table.Td>{payer.eligibilityPluginId ?? ''}</Table.Td>
                  <Table.Td>{payer.active ? 'active' : 'inactive'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <ListPager list={list} label="Payers" noun="payer(s)" />
        </>
      )}
    </Stack>
  );
}
