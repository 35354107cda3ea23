import { Alert, Button, Group, Loader, NativeSelect, Pagination, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { Deposit, Page, Reconciliation, UnmatchedRemittance } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, RECONCILER_ROLES } from '../session/permissions';
import { DepositForm } from './deposit-form';
import { DepositImport } from './deposit-import';
import { useInvalidateDeposits } from './deposit-queries';
import { DepositsTable } from './deposits-table';
import { MatchDialog } from './match-dialog';
import { ReconciliationResult } from './reconciliation-result';
import { UnmatchedRemittancesTable } from './unmatched-remittances-table';

const PAGE_SIZE = 25;
type StateFilter = '' | 'matched' | 'unmatched';

/** Bank deposits and their reconciliation with remittances: record or import, reconcile, match and unmatch by hand. */
export function DepositsPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const invalidate = useInvalidateDeposits();
  const reconciler = allows(roles, RECONCILER_ROLES);
  const [state, setState] = useState<StateFilter>('');
  const [page, setPage] = useState(1);
  const [target, setTarget] = useState<{ action: 'match' | 'unmatch'; deposit: Deposit } | null>(null);
  const query = { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, ...(state && { state }) };
  const deposits = useQuery({
    queryKey: ['deposits', organizationId, 'list', query],
    queryFn: () => expectOk<Page<Deposit>>(api.GET('/api/organizations/{organizationId}/deposits', { params: { path: { organizationId }, query } })),
  });
  const open = useQuery({
    queryKey: ['deposits', organizationId, 'unmatched-remittances'],
    queryFn: () => expectOk<Page<UnmatchedRemittance>>(api.GET('/api/organizations/{organizationId}/deposits/unmatched-remittances', { params: { path: { organizationId }, query: { limit: 200 } } })),
  });
  const reconcile = useMutation({
    mutationFn: () => expectOk<Reconciliation>(api.POST('/api/organizations/{organizationId}/deposits/reconcile', { params: { path: { organizationId } } })),
    onSuccess: invalidate,
  });

  return (
    <Stack>
      <Title order={1} size="h2">
        Deposits
      </Title>
      {reconciler && (
        <>
          <section aria-labelledby="record-deposit">
            <Title order={2} size="h4" id="record-deposit" mb="xs">
              Record a deposit
            </Title>
            <DepositForm />
          </section>
          <section aria-labelledby="import-deposits">
            <Title order={2} size="h4" id="import-deposits" mb="xs">
              Import the bank's deposits
            </Title>
            <DepositImport />
          </section>
        </>
      )}
      <section aria-labelledby="deposit-list">
        <Group justify="space-between" align="end" mb="xs">
          <Title order={2} size="h4" id="deposit-list">
            Deposits
          </Title>
          <Group align="end">
            <NativeSelect
              label="State"
              value={state}
              onChange={(event) => {
                setState(event.currentTarget.value as StateFilter);
                setPage(1);
              }}
              data={[{ value: '', label: 'any' }, { value: 'unmatched', label: 'unmatched' }, { value: 'matched', label: 'matched' }]}
            />
            {reconciler && (
              <Button variant="light" onClick={() => reconcile.mutate()} loading={reconcile.isPending}>
                Reconcile now
              </Button>
            )}
          </Group>
        </Group>
        {reconcile.error && <Alert color="red" role="alert">{messageOf(reconcile.error)}</Alert>}
        {reconcile.data && <ReconciliationResult reconciliation={reconcile.data} />}
        {deposits.isPending && <Loader aria-label="Loading the deposits" />}
        {deposits.error && <Alert color="red" role="alert">{messageOf(deposits.error)}</Alert>}
        {deposits.data && (
          <>
            <Text size="sm">{deposits.data.total} deposit(s)</Text>
            <DepositsTable deposits={deposits.data.items} onAction={reconciler ? (action, deposit) => setTarget({ action, deposit }) : null} />
            {deposits.data.total > PAGE_SIZE && (
              <Pagination total={Math.ceil(deposits.data.total / PAGE_SIZE)} value={page} onChange={setPage} getControlProps={(control) => ({ 'aria-label': `${control} page` })} />
            )}
          </>
        )}
      </section>
      <section aria-labelledby="open-remittances">
        <Title order={2} size="h4" id="open-remittances" mb="xs">
          Remittances no deposit matched
        </Title>
        {open.error && <Alert color="red" role="alert">{messageOf(open.error)}</Alert>}
        {open.data && (
          <>
            <Text size="sm">{open.data.total} remittance(s)</Text>
            <UnmatchedRemittancesTable remittances={open.data.items} />
          </>
        )}
      </section>
      <MatchDialog target={target} remittances={open.data?.items ?? []} onClose={() => setTarget(null)} />
    </Stack>
  );
}
