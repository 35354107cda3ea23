import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { messageOf } from '../api/problem';
import type { Coverage, Payer } from '../api/views';
import { formatCents } from '../money/cents';
import { usePayers } from '../appointments/reference-queries';
import { usePagedCoverages, usePatientBalances } from './patient-queries';

/** One line of the balance table: who owes and how much (below zero: a credit). */
export interface BalanceLine {
  readonly label: string;
  readonly cents: number;
}

/** The patient's balance by party: each coverage's payer, the patient, and the money taken at visits not applied yet. */
export function balanceLines(
  balances: { readonly items: readonly { readonly party: string; readonly coverageId: string | null; readonly payerRecordId: string | null; readonly balanceCents: number }[]; readonly unappliedCreditCents: number },
  coverages: readonly Coverage[],
  payers: readonly Payer[],
): BalanceLine[] {
  const payerLines = balances.items
    .filter((item) => item.party === 'payer')
    .map((item) => {
      const coverage = coverages.find((candidate) => candidate.id === item.coverageId);
      const payer = payers.find((candidate) => candidate.id === item.payerRecordId);
      return { label: `${payer?.name ?? 'Payer'}${coverage ? ` (${coverage.order})` : ''}`, cents: item.balanceCents };
    });
  const patientCents = balances.items.filter((item) => item.party === 'patient').reduce((sum, item) => sum + item.balanceCents, 0);
  return [...payerLines, { label: 'Patient', cents: patientCents }, { label: 'Unapplied patient credit (paid at visits, not applied yet)', cents: -balances.unappliedCreditCents }];
}

export function PatientBalance({ organizationId, patientId }: { organizationId: string; patientId: string }) {
  const balances = usePatientBalances(organizationId, patientId);
  const coverages = usePagedCoverages(organizationId, patientId).query;
  const payers = usePayers(organizationId);
  const lines = balances.data ? balanceLines(balances.data, coverages.data?.items ?? [], payers.data?.items ?? []) : [];
  const patientOwes = lines.slice(-2).reduce((sum, line) => sum + line.cents, 0);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="balance-title">
      <Stack>
        <Title order={2} size="h3" id="balance-title">
          Balance
        </Title>
        {balances.error && <Alert color="red" role="alert">{messageOf(balances.error)}</Alert>}
        {balances.data && (
          <>
            <Table aria-label="Balance by party">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Party</Table.Th>
                  <Table.Th>Balance</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.map((line) => (
                  <Table.Tr key={line.label}>
                    <Table.Td>{line.label}</Table.Td>
                    <Table.Td>{formatCents(line.cents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text fw={600} data-testid="patient-net-balance">
              {patientOwes > 0 ? `The patient owes ${formatCents(patientOwes)}` : patientOwes < 0 ? `The patient has a credit of ${formatCents(-patientOwes)}` : 'The patient owes nothing'}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
