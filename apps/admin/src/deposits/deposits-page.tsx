import { Alert, Button, Group, Loader, NativeSelect, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { Deposit, Page, Reconciliation, UnmatchedRemittance } from '../api/views';
import { ListPager } from '../lists/list-pager';
import { usePagedList } from '../lists/use-paged-list';
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
  const [target, setTarget] = useState<{ action: 'match' | 'unmatch'; deposit: Deposit } | null>(null);
  const filters = { ...(state && { state }) };
  const depositList = usePagedList(['deposits', organizationId, 'list', filters], (after) =>
    expectOk<Page<Deposit>>(api.GET('/api/organizations/{organizationId}/deposits', { params: { path: { organizationId }, query: { limit: PAGE_SIZE, ...filters, ...(after && { after }) } } })),
  );
  const deposits = depositList.query;
  // The remittances of the page shown are the ones the match dialog offers.
  const openList = usePagedList(['deposits', organizationId, 'unmatched-remittances'], (after) =>
    expectOk<Page<UnmatchedRemittance>>(api.GET('/api/organizations/{organizationId}/deposits/unmatched-remittances', { params: { path: { organizationId }, query: { limit: PAGE_SIZE, ...(after && { after }) } } })),
  );
  const open = openList.query;
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
              onChange={(event) => setState(event.currentTarget.value as StateFilter)}
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
            <DepositsTable deposits={deposits.data.items} onAction={reconciler ? (action, deposit) => setTarget({ action, deposit }) : null} />
            <ListPager list={depositList} label="Deposits" noun="deposit(s)" />
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
            <UnmatchedRemittancesTable remittances={open.data.items} />
            <ListPager list={openList} label="Remittances no deposit matched" noun="remittance(s)" />
          </>
        )}
      </section>
      <MatchDialog target={target} remittances={open.data?.items ?? []} onClose={() => setTarget(null)} />
    </Stack>
  );
}
