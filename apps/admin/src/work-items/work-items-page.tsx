import { Alert, Anchor, Group, Loader, NativeSelect, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { Page, WorkItem, WorkItemKind, WorkItemState } from '../api/views';
import { ListPager } from '../lists/list-pager';
import { usePagedList } from '../lists/use-paged-list';
import { useCurrentOrganization } from '../session/current-organization';

const PAGE_SIZE = 25;
const KINDS: readonly WorkItemKind[] = ['exception', 'upstream-defect', 'denial', 'follow-up'];
const STATES: readonly WorkItemState[] = ['open', 'assigned', 'in-progress', 'waiting-on-payer', 'resolved', 'closed'];

/** The work queue: filters by kind, state and category, pages of 25 through the server's cursors. */
export function WorkItemsPage() {
  const { organizationId } = useCurrentOrganization();
  const [kind, setKind] = useState<WorkItemKind | ''>('');
  const [state, setState] = useState<WorkItemState | ''>('');
  const [category, setCategory] = useState('');
  const filters = { ...(kind && { kind }), ...(state && { state }), ...(category.trim() && { category: category.trim() }) };
  const list = usePagedList(['work-items', organizationId, filters], (after) =>
    expectOk<Page<WorkItem>>(api.GET('/api/organizations/{organizationId}/work-items', { params: { path: { organizationId }, query: { limit: PAGE_SIZE, ...filters, ...(after && { after }) } } })),
  );
  const items = list.query;

  return (
    <Stack>
      <Title order={1} size="h2">
        Work items
      </Title>
      <Group align="end">
        <NativeSelect label="Kind" value={kind} onChange={(event) => setKind(event.currentTarget.value as WorkItemKind | '')} data={[{ value: '', label: 'any' }, ...KINDS]} />
        <NativeSelect label="State" value={state} onChange={(event) => setState(event.currentTarget.value as WorkItemState | '')} data={[{ value: '', label: 'any' }, ...STATES]} />
        <TextInput label="Category" value={category} onChange={(event) => setCategory(event.currentTarget.value)} />
      </Group>
      {items.isPending && <Loader aria-label="Loading the work items" />}
      {items.error && <Alert color="red" role="alert">{messageOf(items.error)}</Alert>}
      {items.data && (
        <>
          <Table aria-label="Work items">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Title</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Category</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th>Due</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.data.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/work-items/${item.id}`}>
                      {item.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{item.kind}</Table.Td>
                  <Table.Td>{item.category ?? ''}</Table.Td>
                  <Table.Td>{item.state}</Table.Td>
                  <Table.Td>{item.ownerRole ?? ''}</Table.Td>
                  <Table.Td>{item.dueDate ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <ListPager list={list} label="Work items" />
        </>
      )}
    </Stack>
  );
}
