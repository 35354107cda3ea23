import { Alert, Anchor, Badge, Loader, Stack, Table, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { Page, Remittance } from '../api/views';
import { ListPager } from '../lists/list-pager';
import { usePagedList } from '../lists/use-paged-list';
import { formatCents } from '../money/cents';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, POSTING_ROLES } from '../session/permissions';
import { RemittanceTabs } from './remittance-tabs';
import { Upload835 } from './upload-835';

const PAGE_SIZE = 25;

/** Posted remittances (835s and paper EOBs), newest first, and the 835 upload for the roles that post. */
export function RemittancesPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const list = usePagedList(['remittances', organizationId, 'list'], (after) =>
    expectOk<Page<Remittance>>(api.GET('/api/organizations/{organizationId}/remittances', { params: { path: { organizationId }, query: { limit: PAGE_SIZE, ...(after && { after }) } } })),
  );
  const remittances = list.query;

  return (
    <Stack>
      <RemittanceTabs title="Remittances" />
      {allows(roles, POSTING_ROLES) && (
        <section aria-labelledby="upload-835">
          <Title order={2} size="h4" id="upload-835" mb="xs">
            Upload an 835
          </Title>
          <Upload835 />
        </section>
      )}
      {remittances.isPending && <Loader aria-label="Loading the remittances" />}
      {remittances.error && <Alert color="red" role="alert">{messageOf(remittances.error)}</Alert>}
      {remittances.data && (
        <>
          <Table aria-label="Remittances" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Check / EFT</Table.Th>
                <Table.Th>Payer</Table.Th>
                <Table.Th>Source</Table.Th>
                <Table.Th>Payment date</Table.Th>
                <Table.Th>Received</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
                <Table.Th ta="right">Claims</Table.Th>
                <Table.Th ta="right">Unmatched</Table.Th>
                <Table.Th>Warnings</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {remittances.data.items.map((remittance) => (
                <Table.Tr key={remittance.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/remittances/${remittance.id}`}>
                      {remittance.traceNumber}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{remittance.payerName}</Table.Td>
                  <Table.Td>{remittance.source === 'manual' ? 'paper EOB' : `835 (${remittance.method})`}</Table.Td>
                  <Table.Td>{remittance.paymentDate ?? ''}</Table.Td>
                  <Table.Td>{remittance.receivedOn}</Table.Td>
                  <Table.Td ta="right">{formatCents(remittance.paymentCents)}</Table.Td>
                  <Table.Td ta="right">{remittance.claimCount}</Table.Td>
                  <Table.Td ta="right">{remittance.unmatchedCount > 0 ? <Badge variant="light" color="orange">{remittance.unmatchedCount}</Badge> : 0}</Table.Td>
                  <Table.Td>{remittance.warnings.length}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <ListPager list={list} label="Remittances" noun="remittance(s)" />
        </>
      )}
    </Stack>
  );
}
