import { Alert, Badge, Button, Group, Loader, NativeSelect, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { CreditBalance, Page } from '../api/views';
import { ListPager } from '../lists/list-pager';
import { usePagedList } from '../lists/use-paged-list';
import { formatCents } from '../money/cents';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, CREDIT_RESOLVER_ROLES } from '../session/permissions';
import { usePayerNames } from '../money/payer-names';
import { ResolveCreditDialog, type CreditAction } from './resolve-credit-dialog';

const PAGE_SIZE = 25;
type PartyFilter = '' | 'payer' | 'patient';

/** The credit balance worklist (accounts below zero) with refund and transfer for the roles that resolve them. */
export function CreditBalancesPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const payerNames = usePayerNames();
  const [party, setParty] = useState<PartyFilter>('');
  const [target, setTarget] = useState<{ action: CreditAction; credit: CreditBalance } | null>(null);
  const filters = { ...(party && { party }) };
  const list = usePagedList(['credit-balances', organizationId, filters], (after) =>
    expectOk<Page<CreditBalance>>(api.GET('/api/organizations/{organizationId}/credit-balances', { params: { path: { organizationId }, query: { limit: PAGE_SIZE, ...filters, ...(after && { after }) } } })),
  );
  const credits = list.query;
  const resolver = allows(roles, CREDIT_RESOLVER_ROLES);
  const label = (credit: CreditBalance) => `${formatCents(credit.creditCents)} of ${credit.procedureCode ?? 'service'} on ${credit.dateOfService ?? 'unknown date'}`;

  return (
    <Stack>
      <Title order={1} size="h2">
        Credit balances
      </Title>
      <Group>
        <NativeSelect
          label="Whose account"
          value={party}
          onChange={(event) => setParty(event.currentTarget.value as PartyFilter)}
          data={[{ value: '', label: 'any' }, { value: 'payer', label: 'payers' }, { value: 'patient', label: 'patients' }]}
        />
      </Group>
      {credits.isPending && <Loader aria-label="Loading the credit balances" />}
      {credits.error && <Alert color="red" role="alert">{messageOf(credits.error)}</Alert>}
      {credits.data && (
        <>
          <Table aria-label="Credit balances" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Account</Table.Th>
                <Table.Th>Claim</Table.Th>
                <Table.Th>Service</Table.Th>
                <Table.Th ta="right">Credit</Table.Th>
                <Table.Th>Identified</Table.Th>
                <Table.Th>Refund due</Table.Th>
                {resolver && <Table.Th>Action</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {credits.data.items.map((credit) => (
                <Table.Tr key={`${credit.chargeId}-${credit.coverageId ?? 'patient'}`}>
                  <Table.Td>{credit.party === 'patient' ? 'patient' : (credit.payerName ?? 'payer')}</Table.Td>
                  <Table.Td>{credit.patientControlNumber ?? ''}</Table.Td>
                  <Table.Td>
                    {credit.procedureCode ?? ''} {credit.dateOfService ?? ''}
                  </Table.Td>
                  <Table.Td ta="right">{formatCents(credit.creditCents)}</Table.Td>
                  <Table.Td>{credit.identifiedOn}</Table.Td>
                  <Table.Td>{credit.refundDueDate ? <Badge variant="light" color="red">{credit.refundDueDate} (Medicare)</Badge> : ''}</Table.Td>
                  {resolver && (
                    <Table.Td>
                      <Group gap="xs">
                        <Button size="xs" variant="light" onClick={() => setTarget({ action: 'refund', credit })} aria-label={`Refund ${label(credit)}`}>
                          Refund
                        </Button>
                        <Button size="xs" variant="light" onClick={() => setTarget({ action: 'transfer', credit })} aria-label={`Transfer ${label(credit)}`}>
                          Transfer
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <ListPager list={list} label="Credit balances" noun="account(s) with a credit" />
        </>
      )}
      <ResolveCreditDialog target={target} payerNames={payerNames} onClose={() => setTarget(null)} />
    </Stack>
  );
}
