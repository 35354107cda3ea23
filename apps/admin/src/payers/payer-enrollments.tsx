import { Alert, Loader, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { messageOf } from '../api/problem';
import type { EnrollmentStatus, EnrollmentTransaction, Payer, PayerEnrollment, Provider } from '../api/views';
import { useEnrollmentsQuery, useProvidersQuery, useSetEnrollment } from './payer-queries';

const TRANSACTIONS: readonly { readonly value: EnrollmentTransaction; readonly label: string }[] = [
  { value: '837P', label: '837P claims' },
  { value: '835', label: '835 ERA' },
  { value: 'EFT', label: 'EFT' },
  { value: '270', label: '270 eligibility' },
];
const STATUSES: readonly EnrollmentStatus[] = ['not-enrolled', 'pending', 'enrolled', 'rejected', 'terminated'];

const providerName = (provider: Provider) => (provider.firstName ? `${provider.name}, ${provider.firstName}` : provider.name);

/** Each provider's enrollment with the payer per transaction; a change is saved at once. */
export function PayerEnrollments({ organizationId, payer, readOnly }: { organizationId: string; payer: Payer; readOnly: boolean }) {
  const providers = useProvidersQuery(organizationId);
  const enrollments = useEnrollmentsQuery(organizationId, payer.id);
  const setEnrollment = useSetEnrollment(organizationId, payer.id);
  const find = (providerId: string, transaction: EnrollmentTransaction): PayerEnrollment | undefined =>
    enrollments.data?.find((enrollment) => enrollment.providerId === providerId && enrollment.transaction === transaction);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="enrollments-title">
      <Stack>
        <Title order={2} size="h3" id="enrollments-title">
          Provider enrollment
        </Title>
        <Text size="sm">A payer sends ERA (835) only to providers enrolled for it.</Text>
        {(providers.isPending || enrollments.isPending) && <Loader aria-label="Loading the enrollments" />}
        {providers.error && <Alert color="red" role="alert">{messageOf(providers.error)}</Alert>}
        {enrollments.error && <Alert color="red" role="alert">{messageOf(enrollments.error)}</Alert>}
        {providers.data?.items.length === 0 && <Text>The organization has no active providers yet.</Text>}
        {providers.data && enrollments.data && providers.data.items.length > 0 && (
          <Table aria-label="Provider enrollment">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Provider</Table.Th>
                <Table.Th>NPI</Table.Th>
                {TRANSACTIONS.map((transaction) => (
                  <Table.Th key={transaction.value}>{transaction.label}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {providers.data.items.map((provider) => (
                <Table.Tr key={provider.id}>
                  <Table.Td>{providerName(provider)}</Table.Td>
                  <Table.Td>{provider.npi}</Table.Td>
                  {TRANSACTIONS.map((transaction) => {
                    const current = find(provider.id, transaction.value);
                    return (
                      <Table.Td key={transaction.value}>
                        <NativeSelect
                          aria-label={`${providerName(provider)} ${transaction.label}`}
                          value={current?.status ?? 'not-enrolled'}
                          disabled={readOnly || setEnrollment.isPending}
                          data={[...STATUSES]}
                          onChange={(event) =>
                            setEnrollment.mutate({
                              providerId: provider.id,
                              transaction: transaction.value,
                              status: event.currentTarget.value as EnrollmentStatus,
                              effectiveFrom: current?.effectiveFrom ?? null,
                              note: current?.note ?? null,
                            })
                          }
                        />
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {providers.data && providers.data.total > providers.data.items.length && (
          <Text size="sm">
            Showing the first {providers.data.items.length} of {providers.data.total} providers.
          </Text>
        )}
        {setEnrollment.isSuccess && <Text role="status">Enrollment saved</Text>}
        {setEnrollment.error && <Alert color="red" role="alert">{messageOf(setEnrollment.error)}</Alert>}
      </Stack>
    </Paper>
  );
}
