import { Alert, Anchor, Checkbox, Grid, Group, Loader, NativeSelect, Stack, Table, TextInput, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { Page, WorkItem, WorkItemKind, WorkItemState } from '../api/views';
import { ListPager } from '../lists/list-pager';
import { usePagedList } from '../lists/use-paged-list';
import { useCurrentOrganization } from '../session/current-organization';
import { QueuePicker } from './queue-picker';
import { useAssignableMembersQuery, useDenialCategoriesQuery } from './work-item-queries';
import { queueOf } from './work-queues';

const PAGE_SIZE = 25;
const KINDS: readonly WorkItemKind[] = ['exception', 'upstream-defect', 'denial', 'follow-up'];
const STATES: readonly WorkItemState[] = ['open', 'assigned', 'in-progress', 'waiting-on-payer', 'resolved', 'closed'];
const DENIAL_READERS = ['biller', 'poster', 'ar', 'manager', 'admin'];

/**
 * The work queues: a queue (rejected claims, denials by category, A/R follow-up, exceptions, upstream defects, or all
 * items by kind), then filters by state, assignee, category (or none), overdue and unresolved, pages of 25 by the server's cursors. The
 * queue and filters are in the URL
 * (`/admin/work-items?queue=rejected-claims&state=open`), so other screens can link to a queue.
 */
export function WorkItemsPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const [params, setParams] = useSearchParams();
  const queue = queueOf(params.get('queue'));
  const value = (key: string) => params.get(key) ?? '';
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, changed] of Object.entries(changes)) {
      if (changed) next.set(key, changed);
      else next.delete(key);
    }
    setParams(next);
  };
  const kind = queue.kind ?? (value('kind') as WorkItemKind | '');
  const category = queue.category ?? value('category').trim();
  const filters = {
    sort: 'dueDate',
    ...(kind && { kind }),
    ...(category && { category }),
    ...(value('state') && { state: value('state') as WorkItemState }),
    ...(value('assignee') && { assigneeUserId: value('assignee') }),
    ...(value('overdue') === 'true' && { overdue: 'true' as const }),
    ...(value('active') === 'true' && { active: 'true' as const }),
    ...(value('uncategorized') === 'true' && !category && { uncategorized: 'true' as const }),
  };
  const list = usePagedList(['work-items', organizationId, filters], (after) =>
    expectOk<Page<WorkItem>>(api.GET('/api/organizations/{organizationId}/work-items', { params: { path: { organizationId }, query: { limit: PAGE_SIZE, ...filters, ...(after && { after }) } } })),
  );
  const items = list.query;
  const members = useAssignableMembersQuery(organizationId);
  const nameOf = (userId: string | null) => (userId ? (members.data?.find((member) => member.userId === userId)?.displayName ?? userId) : '');
  const denialCategories = useDenialCategoriesQuery(organizationId, Boolean(queue.byCategory) && roles.some((role) => DENIAL_READERS.includes(role)));

  return (
    <Stack>
      <Title order={1} size="h2">
        Work queues
      </Title>
      <Grid>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <QueuePicker value={queue.id} onChange={(id) => setParams(new URLSearchParams(id === 'all' ? {} : { queue: id }))} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack>
            <Title order={2} size="h3">
              {queue.label}
            </Title>
            <Group align="end">
              {!queue.kind && <NativeSelect label="Kind" value={value('kind')} onChange={(event) => set({ kind: event.currentTarget.value })} data={[{ value: '', label: 'any' }, ...KINDS]} />}
              <NativeSelect label="State" value={value('state')} onChange={(event) => set({ state: event.currentTarget.value })} data={[{ value: '', label: 'any' }, ...STATES]} />
              <NativeSelect
                label="Assignee"
                value={value('assignee')}
                onChange={(event) => set({ assignee: event.currentTarget.value })}
                data={[{ value: '', label: 'anyone' }, ...(members.data ?? []).map((member) => ({ value: member.userId, label: member.displayName }))]}
              />
              {queue.byCategory && denialCategories.data ? (
                <NativeSelect label="Denial category" value={value('category')} onChange={(event) => set({ category: event.currentTarget.value })} data={[{ value: '', label: 'any' }, ...denialCategories.data]} />
              ) : (
                !queue.category && <TextInput label="Category" value={value('category')} onChange={(event) => set({ category: event.currentTarget.value })} />
              )}
              <Checkbox label="Overdue only" checked={value('overdue') === 'true'} onChange={(event) => set({ overdue: event.currentTarget.checked ? 'true' : '' })} mb={8} />
              <Checkbox label="Unresolved only" checked={value('active') === 'true'} onChange={(event) => set({ active: event.currentTarget.checked ? 'true' : '' })} mb={8} />
              {!queue.category && (
                <Checkbox label="Without a category" checked={value('uncategorized') === 'true'} onChange={(event) => set({ uncategorized: event.currentTarget.checked ? 'true' : '', category: '' })} mb={8} />
              )}
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
                      <Table.Th>Priority</Table.Th>
                      <Table.Th>Owner</Table.Th>
                      <Table.Th>Assignee</Table.Th>
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
                        <Table.Td>{item.priority}</Table.Td>
                        <Table.Td>{item.ownerRole ?? nameOf(item.ownerUserId)}</Table.Td>
                        <Table.Td>{nameOf(item.assigneeUserId)}</Table.Td>
                        <Table.Td>{item.dueDate ?? ''}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                <ListPager list={list} label="Work items" />
              </>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
