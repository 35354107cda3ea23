import { Alert, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { LedgerSummary, PayerBalances } from '../api/views';
import { formatCents } from '../money/cents';
import { usePayerNames } from '../money/payer-names';
import { groupDescription, useReasonDescriptions } from '../remittances/adjustment-codes';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, LEDGER_VERIFIER_ROLES } from '../session/permissions';
import { LedgerVerify } from './ledger-verify';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

/** The organization's ledger: totals by entry kind, remittances by payer, adjustments by reason, what each payer owes, and verification. */
export function LedgerPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const payerNames = usePayerNames();
  const summary = useQuery({
    queryKey: ['ledger', organizationId, 'summary'],
    queryFn: () => expectOk<LedgerSummary>(api.GET('/api/organizations/{organizationId}/ledger/summary', { params: { path: { organizationId } } })),
  });
  const balances = useQuery({
    queryKey: ['ledger', organizationId, 'payer-balances'],
    queryFn: () => expectOk<PayerBalances>(api.GET('/api/organizations/{organizationId}/ledger/balances/payers', { params: { path: { organizationId } } })),
  });
  const reasons = useReasonDescriptions(summary.data?.remittanceTotals.adjustments.map((row) => row.reasonCode) ?? []);

  return (
    <Stack>
      <Title order={1} size="h2">
        Ledger
      </Title>
      {summary.isPending && <Loader aria-label="Loading the ledger summary" />}
      {summary.error && <Alert color="red" role="alert">{messageOf(summary.error)}</Alert>}
      {summary.data && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <div>
              <Text size="xs" c="dimmed">
                Owed by payers and patients
              </Text>
              <Text size="xl" fw={700} aria-label="Ledger balance">
                {formatCents(summary.data.balanceCents)}
              </Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                Entries
              </Text>
              <Text size="xl">{summary.data.entries}</Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                Remittances posted
              </Text>
              <Text size="xl">
                {summary.data.remittanceTotals.remittances} ({formatCents(summary.data.remittanceTotals.paymentCents)})
              </Text>
            </div>
          </SimpleGrid>
          <Section id="by-kind" title="Entries by kind">
            <Table aria-label="Entries by kind">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th ta="right">Entries</Table.Th>
                  <Table.Th ta="right">Amount</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {summary.data.byKind.map((row) => (
                  <Table.Tr key={row.kind}>
                    <Table.Td>{row.kind}</Table.Td>
                    <Table.Td ta="right">{row.entries}</Table.Td>
                    <Table.Td ta="right">{formatCents(row.amountCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Section>
          <Section id="adjustments" title="Adjustments by group and reason">
            <Table aria-label="Adjustments by group and reason">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Code</Table.Th>
                  <Table.Th>Meaning</Table.Th>
                  <Table.Th ta="right">Amount</Table.Th>
                  <Table.Th ta="right">Adjusted off</Table.Th>
                  <Table.Th ta="right">Denied</Table.Th>
                  <Table.Th ta="right">Transferred</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {summary.data.remittanceTotals.adjustments.map((row) => (
                  <Table.Tr key={`${row.groupCode}-${row.reasonCode}`}>
                    <Table.Td>
                      {row.groupCode}-{row.reasonCode}
                    </Table.Td>
                    <Table.Td>
                      {groupDescription(row.groupCode)}
                      {reasons.get(row.reasonCode) ? `: ${reasons.get(row.reasonCode)}` : ''}
                    </Table.Td>
                    <Table.Td ta="right">{formatCents(row.amountCents)}</Table.Td>
                    <Table.Td ta="right">{formatCents(row.adjustedOffCents)}</Table.Td>
                    <Table.Td ta="right">{formatCents(row.deniedCents)}</Table.Td>
                    <Table.Td ta="right">{formatCents(row.transferredCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Section>
          <Section id="claims-by-state" title="Claims by state">
            <Text size="sm">{summary.data.claimsByState.map((row) => `${row.state}: ${row.claims}`).join(' · ') || 'no claim'}</Text>
          </Section>
        </>
      )}
      <Section id="payer-balances" title="What each payer owes">
        {balances.error && <Alert color="red" role="alert">{messageOf(balances.error)}</Alert>}
        {balances.data && (
          <Table aria-label="Payer balances">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Payer</Table.Th>
                <Table.Th ta="right">Balance</Table.Th>
                <Table.Th ta="right">Posted from its remittances</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {balances.data.items.map((row) => (
                <Table.Tr key={row.payerRecordId}>
                  <Table.Td>{payerNames.get(row.payerRecordId) ?? row.payerRecordId}</Table.Td>
                  <Table.Td ta="right">{formatCents(row.balanceCents)}</Table.Td>
                  <Table.Td ta="right">{formatCents(summary.data?.remittancesByPayer.find((payer) => payer.payerRecordId === row.payerRecordId)?.paymentCents ?? 0)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
      {allows(roles, LEDGER_VERIFIER_ROLES) && (
        <Section id="verify" title="Verify the ledger">
          <LedgerVerify />
        </Section>
      )}
    </Stack>
  );
}
