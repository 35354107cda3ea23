import { Alert, Anchor, Badge, Loader, Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { Page, Remittance } from '../api/views';
import { formatCents } from '../money/cents';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, POSTING_ROLES } from '../session/permissions';
import { RemittanceTabs } from './remittance-tabs';
import { Upload835 } from './upload-835';

const PAGE_SIZE = 25;

/** Posted remittances (835s and paper EOBs), newest first, and the 835 upload for the roles that post. */
export function RemittancesPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const [page, setPage] = useState(1);
  const query = { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const remittances = useQuery({
    queryKey: ['remittances', organizationId, 'list', query],
    queryFn: () => expectOk<Page<Remittance>>(api.GET('/api/organizations/{organizationId}/remittances', { params: { path: { organizationId }, query } })),
  });

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
          <Text size="sm">{remittances.data.total} remittance(s)</Text>
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
          {remittances.data.total > PAGE_SIZE && (
            <Pagination total={Math.ceil(remittances.data.total / PAGE_SIZE)} value={page} onChange={setPage} getControlProps={(control) => ({ 'aria-label': `${control} page` })} />
          )}
        </>
      )}
    </Stack>
  );
}
