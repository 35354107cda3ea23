import { Alert, Button, Code, Group, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { Job, JobStatus, Page } from '../api/views';
import { ListPager } from '../lists/list-pager';
import { usePagedList } from '../lists/use-paged-list';
import { useCurrentOrganization } from '../session/current-organization';
import { formatWhen } from './format';

const PAGE_SIZE = 25;
const STATUSES: readonly JobStatus[] = ['failed', 'queued', 'running', 'completed'];

/** Background jobs, failed ones first: their error, attempts and times; a failed job can be retried. */
export function JobsPage() {
  const { organizationId } = useCurrentOrganization();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<JobStatus | ''>('failed');
  const list = usePagedList(['jobs', organizationId, status], (after) =>
    expectOk<Page<Job>>(
      api.GET('/api/organizations/{organizationId}/jobs', { params: { path: { organizationId }, query: { limit: PAGE_SIZE, ...(status && { status }), ...(after && { after }) } } }),
    ),
  );
  const jobs = list.query;
  const retry = useMutation({
    mutationFn: (job: Job) => expectOk<Job>(api.POST('/api/organizations/{organizationId}/jobs/{jobId}/retry', { params: { path: { organizationId, jobId: job.id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['jobs', organizationId] }),
  });

  return (
    <Stack>
      <Title order={1} size="h2">
        Jobs
      </Title>
      <Group align="end">
        <NativeSelect
          label="Status"
          value={status}
          onChange={(event) => {
            retry.reset();
            setStatus(event.currentTarget.value as JobStatus | '');
          }}
          data={[...STATUSES, { value: '', label: 'any' }]}
        />
      </Group>
      {retry.data && (
        <Text role="status" c="teal.9">
          {retry.data.name} is queued again ({retry.data.status}, attempts reset to {retry.data.attempts} of {retry.data.maxAttempts}).
        </Text>
      )}
      {retry.error && (
        <Alert color="red" role="alert" title="Retry refused">
          {messageOf(retry.error)}
        </Alert>
      )}
      {jobs.isPending && <Loader aria-label="Loading the jobs" />}
      {jobs.error && (
        <Alert color="red" role="alert">
          {messageOf(jobs.error)}
        </Alert>
      )}
      {jobs.data && (
        <>
          {jobs.data.total === 0 && <Text size="sm">{status ? `No ${status} jobs.` : 'No jobs.'}</Text>}
          {jobs.data.total > 0 && (
            <Table aria-label="Jobs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Job</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Attempts</Table.Th>
                  <Table.Th>Last error</Table.Th>
                  <Table.Th>Created</Table.Th>
                  <Table.Th>Next run</Table.Th>
                  <Table.Th>Completed</Table.Th>
                  <Table.Th>Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {jobs.data.items.map((job) => (
                  <Table.Tr key={job.id}>
                    <Table.Td>{job.name}</Table.Td>
                    <Table.Td>{job.status}</Table.Td>
                    <Table.Td>
                      {job.attempts} of {job.maxAttempts}
                    </Table.Td>
                    <Table.Td>{job.lastError ? <Code style={{ whiteSpace: 'pre-wrap' }}>{job.lastError}</Code> : ''}</Table.Td>
                    <Table.Td>{formatWhen(job.createdAt)}</Table.Td>
                    <Table.Td>{job.status === 'queued' ? formatWhen(job.runAt) : ''}</Table.Td>
                    <Table.Td>{formatWhen(job.completedAt)}</Table.Td>
                    <Table.Td>
                      {job.status === 'failed' && (
                        <Button size="xs" variant="default" onClick={() => retry.mutate(job)} loading={retry.isPending && retry.variables.id === job.id} aria-label={`Retry ${job.name} ${job.id}`}>
                          Retry
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {jobs.data.total > 0 && <ListPager list={list} label="Jobs" noun="job(s), newest first" />}
        </>
      )}
    </Stack>
  );
}
