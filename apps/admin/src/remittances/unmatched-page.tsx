import { Alert, Anchor, Loader, Pagination, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { Page, RemittanceClaim } from '../api/views';
import { formatCents } from '../money/cents';
import { useCurrentOrganization } from '../session/current-organization';
import { RemittanceTabs } from './remittance-tabs';

const PAGE_SIZE = 25;

/** The unmatched queue: claim payments posting could not match to a claim or its lines, with the reason, oldest first. */
export function UnmatchedPage() {
  const { organizationId } = useCurrentOrganization();
  const [page, setPage] = useState(1);
  const query = { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const unmatched = useQuery({
    queryKey: ['remittances', organizationId, 'unmatched', query],
    queryFn: () => expectOk<Page<RemittanceClaim>>(api.GET('/api/organizations/{organizationId}/remittances/unmatched', { params: { path: { organizationId }, query } })),
  });

  return (
    <Stack>
      <RemittanceTabs title="Unmatched claim payments" />
      {unmatched.isPending && <Loader aria-label="Loading the unmatched claim payments" />}
      {unmatched.error && <Alert color="red" role="alert">{messageOf(unmatched.error)}</Alert>}
      {unmatched.data && (
        <>
          <Text size="sm">{unmatched.data.total} unmatched claim payment(s)</Text>
          <Table aria-label="Unmatched claim payments" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Claim number (CLP01)</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th ta="right">Charged</Table.Th>
                <Table.Th ta="right">Paid</Table.Th>
                <Table.Th>Reason</Table.Th>
                <Table.Th>Remittance</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {unmatched.data.items.map((claim) => (
                <Table.Tr key={claim.id}>
                  <Table.Td>{claim.patientControlNumber}</Table.Td>
                  <Table.Td>{claim.statusCode}</Table.Td>
                  <Table.Td ta="right">{formatCents(claim.chargeCents)}</Table.Td>
                  <Table.Td ta="right">{formatCents(claim.paymentCents)}</Table.Td>
                  <Table.Td>{claim.unmatchedReason ?? ''}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/remittances/${claim.remittanceId}`}>
                      Open (received {claim.createdAt.slice(0, 10)})
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {unmatched.data.total > PAGE_SIZE && (
            <Pagination total={Math.ceil(unmatched.data.total / PAGE_SIZE)} value={page} onChange={setPage} getControlProps={(control) => ({ 'aria-label': `${control} page` })} />
          )}
        </>
      )}
    </Stack>
  );
}
