import { Alert, Anchor, Loader, Stack, Table } from '@mantine/core';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { Page, RemittanceClaim } from '../api/views';
import { ListPager } from '../lists/list-pager';
import { usePagedList } from '../lists/use-paged-list';
import { formatCents } from '../money/cents';
import { useCurrentOrganization } from '../session/current-organization';
import { RemittanceTabs } from './remittance-tabs';

const PAGE_SIZE = 25;

/** The unmatched queue: claim payments posting could not match to a claim or its lines, with the reason, oldest first. */
export function UnmatchedPage() {
  const { organizationId } = useCurrentOrganization();
  const list = usePagedList(['remittances', organizationId, 'unmatched'], (after) =>
    expectOk<Page<RemittanceClaim>>(api.GET('/api/organizations/{organizationId}/remittances/unmatched', { params: { path: { organizationId }, query: { limit: PAGE_SIZE, ...(after && { after }) } } })),
  );
  const unmatched = list.query;

  return (
    <Stack>
      <RemittanceTabs title="Unmatched claim payments" />
      {unmatched.isPending && <Loader aria-label="Loading the unmatched claim payments" />}
      {unmatched.error && <Alert color="red" role="alert">{messageOf(unmatched.error)}</Alert>}
      {unmatched.data && (
        <>
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
          <ListPager list={list} label="Unmatched claim payments" noun="unmatched claim payment(s)" />
        </>
      )}
    </Stack>
  );
}
