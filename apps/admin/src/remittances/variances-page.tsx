import { Alert, Button, Loader, Pagination, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { Page, RemittanceLine } from '../api/views';
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
  const [page, setPage] = useState(1);
  const [explaining, setExplaining] = useState<RemittanceLine | null>(null);
  const query = { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const variances = useQuery({
    queryKey: ['remittances', organizationId, 'variances', query],
    queryFn: () => expectOk<Page<RemittanceLine>>(api.GET('/api/organizations/{organizationId}/remittances/variances', { params: { path: { organizationId }, query } })),
  });
  const mayExplain = allows(roles, POSTING_ROLES);

  return (
    <Stack>
      <RemittanceTabs title="Payment variances" />
      {variances.isPending && <Loader aria-label="Loading the variances" />}
      {variances.error && <Alert color="red" role="alert">{messageOf(variances.error)}</Alert>}
      {variances.data && (
        <>
          <Text size="sm">{variances.data.total} service payment(s) to review</Text>
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
          {variances.data.total > PAGE_SIZE && (
            <Pagination total={Math.ceil(variances.data.total / PAGE_SIZE)} value={page} onChange={setPage} getControlProps={(control) => ({ 'aria-label': `${control} page` })} />
          )}
        </>
      )}
      <ExplainVarianceDialog line={explaining} onClose={() => setExplaining(null)} />
    </Stack>
  );
}
