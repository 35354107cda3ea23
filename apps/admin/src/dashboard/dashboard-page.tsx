import { Alert, Loader, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { AgingBasis, AgingReport, DashboardCounts, LedgerSummary } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, FINANCE_REPORT_ROLES } from '../session/permissions';
import { AgingChart } from './aging-chart';
import { ClaimsByState } from './claims-by-state';
import { LedgerTotals } from './ledger-totals';
import { OpenWorkItems } from './open-work-items';

function Failure({ error }: { error: unknown }) {
  return (
    <Alert color="red" role="alert">
      {messageOf(error)}
    </Alert>
  );
}

function Counts({ organizationId }: { organizationId: string }) {
  const counts = useQuery({
    queryKey: ['dashboard', organizationId],
    queryFn: () => expectOk<DashboardCounts>(api.GET('/api/organizations/{organizationId}/dashboard', { params: { path: { organizationId } } })),
  });
  if (counts.isPending) return <Loader aria-label="Loading the counts" />;
  if (counts.error) return <Failure error={counts.error} />;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <ClaimsByState counts={counts.data.claimsByState} />
      <OpenWorkItems counts={counts.data.openWorkItems} />
    </SimpleGrid>
  );
}

function Aging({ organizationId }: { organizationId: string }) {
  const [basis, setBasis] = useState<AgingBasis>('service-date');
  const aging = useQuery({
    queryKey: ['aging', organizationId, basis],
    queryFn: () => expectOk<AgingReport>(api.GET('/api/organizations/{organizationId}/aging', { params: { path: { organizationId }, query: { by: 'payer', basis } } })),
  });
  const controls = (
    <NativeSelect
      label="Age from"
      maw={240}
      value={basis}
      onChange={(event) => setBasis(event.currentTarget.value as AgingBasis)}
      data={[
        { value: 'service-date', label: 'Date of service' },
        { value: 'first-bill-date', label: 'First bill date' },
      ]}
    />
  );
  if (aging.isPending) return <Loader aria-label="Loading the A/R aging" />;
  if (aging.error) return <Failure error={aging.error} />;
  return <AgingChart report={aging.data} controls={controls} />;
}

function Ledger({ organizationId }: { organizationId: string }) {
  const summary = useQuery({
    queryKey: ['ledger-summary', organizationId],
    queryFn: () => expectOk<LedgerSummary>(api.GET('/api/organizations/{organizationId}/ledger/summary', { params: { path: { organizationId } } })),
  });
  if (summary.isPending) return <Loader aria-label="Loading the ledger totals" />;
  if (summary.error) return <Failure error={summary.error} />;
  return <LedgerTotals summary={summary.data} />;
}

/** The organization at a glance: claims by state, open work by queue and, for the billing roles, A/R aging and ledger totals. */
export function DashboardPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const finance = allows(roles, FINANCE_REPORT_ROLES);
  return (
    <Stack>
      <Title order={1} size="h2">
        Dashboard
      </Title>
      <Counts organizationId={organizationId} />
      {finance ? (
        <>
          <Aging organizationId={organizationId} />
          <Ledger organizationId={organizationId} />
        </>
      ) : (
        <Text>A/R aging and ledger totals are shown to the biller, poster, A/R, manager and administrator roles.</Text>
      )}
    </Stack>
  );
}
