import { Alert, Button, Loader, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { Page, RemittanceLine } from '../api/views';
import { ListPager } from '../lists/list-pager';
import { usePagedList } from '../lists/use-paged-list';
import { formatCents } from '../money/cents';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, POSTING_ROLES } from '../session/permissions';
import { ExplainVarianceDialog } from './explain-variance-dialog';
import { RemittanceTabs } from './remittance-tabs';

const PAGE_SIZE = 25;
const amount = (cents: number | null) => (cents === null ? 'unknown' : formatCents(cents));

/** Service payments whose allowed or paid amount differs from the contract, each to explain. */
export function VariancesPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const [explaining, setExplaining] = useState<RemittanceLine | null>(null);
  const list = usePagedList(['remittances', organizationId, 'variances'], (after) =>
    expectOk<Page<RemittanceLine>>(api.GET('/api/organizations/{organizationId}/remittances/variances', { params: { path: { organizationId }, query: { limit: PAGE_SIZE, ...(after && { after }) } } })),
  );
  const variances = list.query;
  const mayExplain = allows(roles, POSTING_ROLES);

  return (
    <Stack>
      <RemittanceTabs title="Payment variances" />
      {variances.isPending && <Loader aria-label="Loading the variances" />}
      {variances.error && <Alert color="red" role="alert">{messageOf(variances.error)}</Alert>}
      {variances.data && (
        <>
          <Table aria-label="Payment variances" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Procedure</Table.Th>
                <Table.Th>Date</Table.Th>
                <Table.Th ta="right">Allowed (paid by payer)</Table.Th>
                <Table.Th ta="right">Allowed (contract)</Table.Th>
                <Table.Th ta="right">Paid</Table.Th>
                <Table.Th ta="right">Expected</Table.Th>
                {mayExplain && <Table.Th>Action</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {variances.data.items.map((line) => (
                <Table.Tr key={line.id}>
                  <Table.Td>{[line.procedureCode, ...line.modifiers].join(':')}</Table.Td>
                  <Table.Td>{line.serviceDate ?? ''}</Table.Td>
                  <Table.Td ta="right">{amount(line.allowedCents)}</Table.Td>
                  <Table.Td ta="right">{amount(line.contractAllowedCents)}</Table.Td>
                  <Table.Td ta="right">{formatCents(line.paymentCents)}</Table.Td>
                  <Table.Td ta="right">{amount(line.expectedPaymentCents)}</Table.Td>
                  {mayExplain && (
                    <Table.Td>
                      <Button size="xs" variant="light" onClick={() => setExplaining(line)} aria-label={`Explain the variance of ${line.procedureCode} on ${line.serviceDate ?? 'no date'}`}>
                        Explain
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <ListPager list={list} label="Payment variances" noun="service payment(s) to review" />
        </>
      )}
      <ExplainVarianceDialog line={explaining} onClose={() => setExplaining(null)} />
    </Stack>
  );
}
