import { Alert, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { components } from '../api/schema';
import type { Coverage } from '../api/views';
import { usePayers } from '../appointments/reference-queries';
import { CoverageChangeForm } from './coverage-change-form';
import { CoverageForm, SUBSCRIBER_RELATIONSHIPS } from './coverage-form';
import { ListPager } from '../lists/list-pager';
import { patientKeys, usePagedCoverages } from './patient-queries';

type AddCoverage = components['schemas']['AddCoverageDto'];
type ChangeCoverage = components['schemas']['ChangeCoverageDto'];

/** The patient's coverages in payer order; the front desk adds one or changes its dates, group, plan or status. */
export function CoveragesSection({ organizationId, patientId, canEdit }: { organizationId: string; patientId: string; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const list = usePagedCoverages(organizationId, patientId);
  const coverages = list.query;
  const payers = usePayers(organizationId);
  const [adding, setAdding] = useState(false);
  const [changing, setChanging] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: patientKeys.coverages(organizationId, patientId) });
  const add = useMutation({
    mutationFn: (body: AddCoverage) => expectOk<Coverage>(api.POST('/api/organizations/{organizationId}/patients/{patientId}/coverages', { params: { path: { organizationId, patientId } }, body })),
    onSuccess: () => {
      setAdding(false);
      void refresh();
    },
  });
  const change = useMutation({
    mutationFn: ({ coverageId, body }: { coverageId: string; body: ChangeCoverage }) =>
      expectOk<Coverage>(api.PATCH('/api/organizations/{organizationId}/patients/{patientId}/coverages/{coverageId}', { params: { path: { organizationId, patientId, coverageId } }, body })),
    onSuccess: () => {
      setChanging(null);
      void refresh();
    },
  });
  const payerName = (id: string) => payers.data?.items.find((payer) => payer.id === id)?.name ?? 'payer';
  const relationship = (code: string) => SUBSCRIBER_RELATIONSHIPS.find((option) => option.value === code)?.label ?? code;
  const items = coverages.data?.items ?? [];

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="coverages-title">
      <Stack>
        <Title order={2} size="h3" id="coverages-title">
          Coverages
        </Title>
        {coverages.error && <Alert color="red" role="alert">{messageOf(coverages.error)}</Alert>}
        {coverages.isSuccess && items.length === 0 && <Text>No coverage on file: the patient is self-pay until one is added.</Text>}
        {items.length > 0 && (
          <Table aria-label="Coverages">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Payer</Table.Th>
                <Table.Th>Order</Table.Th>
                <Table.Th>Member id</Table.Th>
                <Table.Th>Subscriber</Table.Th>
                <Table.Th>Group / plan</Table.Th>
                <Table.Th>In effect</Table.Th>
                <Table.Th>Status</Table.Th>
                {canEdit && <Table.Th>Change</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((coverage) => (
                <Table.Tr key={coverage.id}>
                  <Table.Td>{payerName(coverage.payerRecordId)}</Table.Td>
                  <Table.Td>{coverage.order}</Table.Td>
                  <Table.Td>…{coverage.memberIdLast4}</Table.Td>
                  <Table.Td>
                    {relationship(coverage.subscriberRelationship)}
                    {coverage.subscriber && ` · ${coverage.subscriber.firstName ?? ''} ${coverage.subscriber.lastName ?? ''}`}
                  </Table.Td>
                  <Table.Td>{[coverage.groupNumber, coverage.planName].filter(Boolean).join(' / ') || '—'}</Table.Td>
                  <Table.Td>
                    {coverage.effectiveFrom} to {coverage.effectiveTo ?? 'open'}
                  </Table.Td>
                  <Table.Td>{coverage.active ? 'active' : 'ended'}</Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Button size="xs" variant="light" onClick={() => setChanging(coverage.id)} aria-label={`Change the ${coverage.order} coverage with ${payerName(coverage.payerRecordId)}`}>
                        Change
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {items.length > 0 && (list.hasNext || list.hasPrevious) && <ListPager list={list} label="Coverages" noun="coverage(s)" />}
        {changing && items.find((coverage) => coverage.id === changing) && (
          <CoverageChangeForm
            key={changing}
            coverage={items.find((coverage) => coverage.id === changing) as Coverage}
            onSubmit={(body) => change.mutate({ coverageId: changing, body })}
            onCancel={() => setChanging(null)}
            busy={change.isPending}
            error={change.error}
          />
        )}
        {canEdit && !adding && (
          <div>
            <Button variant="light" onClick={() => setAdding(true)}>
              Add a coverage
            </Button>
          </div>
        )}
        {adding && <CoverageForm payers={payers.data?.items ?? []} onSubmit={(body) => add.mutate(body)} busy={add.isPending} error={add.error} />}
      </Stack>
    </Paper>
  );
}
