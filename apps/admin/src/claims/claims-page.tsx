import { Alert, Anchor, Button, Group, Loader, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { Claim, ClaimState, Page, SubmitReadySummary } from '../api/views';
import { formatCents } from '../money/cents';
import { ListPager } from '../lists/list-pager';
import { usePagedList } from '../lists/use-paged-list';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, CLAIM_WRITER_ROLES } from '../session/permissions';
import { CLAIM_SORTS, CLAIM_STATES, filtersFrom, searchOf, type ClaimFilters } from './claim-filters';
import { usePayersQuery } from './claim-queries';

const PAGE_SIZE = 25;

/** The claims: filters (state, payer, dates of service; a patient from a link) and sort kept in the URL, pages of 25 by the server's cursors. */
export function ClaimsPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const change = (next: Partial<ClaimFilters>) => setParams(searchOf({ ...filters, ...next }));
  const list = usePagedList(['claims', organizationId, filters], (after) =>
    expectOk<Page<Claim>>(api.GET('/api/organizations/{organizationId}/claims', { params: { path: { organizationId }, query: { limit: PAGE_SIZE, ...filters, ...(after && { after }) } } })),
  );
  const claims = list.query;
  const payers = usePayersQuery(organizationId);
  const payerName = (id: string) => payers.data?.items.find((payer) => payer.id === id)?.name ?? '';
  const queryClient = useQueryClient();
  const submit = useMutation({
    mutationFn: () => expectOk<SubmitReadySummary>(api.POST('/api/organizations/{organizationId}/claims/submit-ready', { params: { path: { organizationId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['claims', organizationId] }),
  });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Claims
        </Title>
        {allows(roles, CLAIM_WRITER_ROLES) && (
          <Button variant="default" onClick={() => submit.mutate()} loading={submit.isPending}>
            Submit ready claims
          </Button>
        )}
      </Group>
      {submit.data && (
        <Alert color="blue" title="Submission" role="status">
          {submit.data.batches.length === 0 && submit.data.notSubmitted.length === 0 && <Text size="sm">No claim was ready.</Text>}
          {submit.data.batches.map((batch) => (
            <Text size="sm" key={batch.batchId}>
              {batch.claimCount} claim(s) to {batch.payerName} queued in {batch.fileName}
            </Text>
          ))}
          {submit.data.notSubmitted.map((left) => (
            <Text size="sm" key={left.payerName}>
              {left.claimIds.length} claim(s) to {left.payerName} not submitted: {left.reason}
            </Text>
          ))}
        </Alert>
      )}
      {submit.error && <Alert color="red" role="alert">{messageOf(submit.error)}</Alert>}
      <Group align="end">
        <NativeSelect label="State" value={filters.state ?? ''} onChange={(event) => change({ state: (event.currentTarget.value || undefined) as ClaimState | undefined })} data={[{ value: '', label: 'any' }, ...CLAIM_STATES]} />
        <NativeSelect
          label="Payer"
          value={filters.payerRecordId ?? ''}
          onChange={(event) => change({ payerRecordId: event.currentTarget.value || undefined })}
          data={[{ value: '', label: 'any' }, ...(payers.data?.items ?? []).map((payer) => ({ value: payer.id, label: `${payer.name} (${payer.payerId})` }))]}
        />
        <TextInput label="Service from" type="date" value={filters.dateFrom ?? ''} onChange={(event) => change({ dateFrom: event.currentTarget.value || undefined })} />
        <TextInput label="Service to" type="date" value={filters.dateTo ?? ''} onChange={(event) => change({ dateTo: event.currentTarget.value || undefined })} />
        <NativeSelect label="Sort" value={filters.sort ?? '-dateOfService'} onChange={(event) => change({ sort: event.currentTarget.value })} data={CLAIM_SORTS.map((sort) => ({ ...sort }))} />
        {filters.patientId && (
          <Button variant="subtle" onClick={() => change({ patientId: undefined })}>
            Show every patient
          </Button>
        )}
      </Group>
      {claims.isPending && <Loader aria-label="Loading the claims" />}
      {claims.error && <Alert color="red" role="alert">{messageOf(claims.error)}</Alert>}
      {claims.data && (
        <>
          <Table aria-label="Claims">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Claim</Table.Th>
                <Table.Th>Date of service</Table.Th>
                <Table.Th>Payer</Table.Th>
                <Table.Th>Frequency</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>Charge</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {claims.data.items.map((claim) => (
                <Table.Tr key={claim.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/claims/${claim.id}`}>
                      {claim.patientControlNumber}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{claim.dateOfService}</Table.Td>
                  <Table.Td>{payerName(claim.payerRecordId)}</Table.Td>
                  <Table.Td>{claim.frequency}</Table.Td>
                  <Table.Td>{claim.state}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{formatCents(claim.totalChargeCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <ListPager list={list} label="Claims" noun="claim(s)" />
        </>
      )}
    </Stack>
  );
}
