import { Alert, Anchor, Checkbox, Group, Loader, NativeSelect, Stack, Table, TextInput, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { Page, WorkItem, WorkItemKind, WorkItemState } from '../api/views';
import { ListPager } from '../lists/list-pager';
import { usePagedList } from '../lists/use-paged-list';
import { useCurrentOrganization } from '../session/current-organization';

const PAGE_SIZE = 25;
const KINDS: readonly WorkItemKind[] = ['exception', 'upstream-defect', 'denial', 'follow-up'];
const STATES: readonly WorkItemState[] = ['open', 'assigned', 'in-progress', 'waiting-on-payer', 'resolved', 'closed'];

/** The filters of the list, read from and written to the URL query (so a filtered list can be linked to). */
type Filter = 'kind' | 'state' | 'category' | 'uncategorized' | 'active';

/** The work queue: filters by kind, state, category (or none) and unresolved (from the URL query), pages of 25 through the server's cursors. */
export function WorkItemsPage() {
  const { organizationId } = useCurrentOrganization();
  const [search, setSearch] = useSearchParams();
  const kind = (search.get('kind') ?? '') as WorkItemKind | '';
  const state = (search.get('state') ?? '') as WorkItemState | '';
  const category = search.get('category') ?? '';
  const active: 'true' | '' = search.get('active') === 'true' ? 'true' : '';
  const uncategorized: 'true' | '' = search.get('uncategorized') === 'true' && !category.trim() ? 'true' : '';
  const filters = {
    ...(kind && { kind }),
    ...(state && { state }),
    ...(category.trim() && { category: category.trim() }),
    ...(uncategorized && { uncategorized }),
    ...(active && { active }),
  };
  const list = usePagedList(['work-items', organizationId, filters], (after) =>
    expectOk<Page<WorkItem>>(api.GET('/api/organizations/{organizationId}/work-items', { params: { path: { organizationId }, query: { limit: PAGE_SIZE, ...filters, ...(after && { after }) } } })),
  );
  const items = list.query;
  const setFilter = (name: Filter, value: string) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        // A category and "without a category" exclude each other.
        if (name === 'category' && value) next.delete('uncategorized');
        if (name === 'uncategorized' && value) next.delete('category');
        return next;
      },
      { replace: true },
    );

  return (
    <Stack>
      <Title order={1} size="h2">
        Work items
      </Title>
      <Group align="end">
        <NativeSelect label="Kind" value={kind} onChange={(event) => setFilter('kind', event.currentTarget.value)} data={[{ value: '', label: 'any' }, ...KINDS]} />
        <NativeSelect label="State" value={state} onChange={(event) => setFilter('state', event.currentTarget.value)} data={[{ value: '', label: 'any' }, ...STATES]} />
        <TextInput label="Category" value={category} onChange={(event) => setFilter('category', event.currentTarget.value)} />
        <Checkbox label="Without a category" checked={uncategorized === 'true'} onChange={(event) => setFilter('uncategorized', event.currentTarget.checked ? 'true' : '')} mb={8} />
        <Checkbox label="Unresolved only" checked={active === 'true'} onChange={(event) => setFilter('active', event.currentTarget.checked ? 'true' : '')} mb={8} />
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
