import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { Page, PointOfServicePayment } from '../api/views';
import { formatCents } from '../money/cents';
import { ListPager } from '../lists/list-pager';
import { usePagedList } from '../lists/use-paged-list';
import { patientKeys } from '../patients/patient-queries';
import { PaymentForm, type PaymentEntry } from './payment-form';

/** What happened to a payment just taken: applied to what the patient owes on the visit, or held as credit. */
function receiptMessage(payment: PointOfServicePayment): string {
  const recorded = `Recorded ${formatCents(payment.amountCents)} (${payment.method})`;
  if (payment.unappliedCents === 0) return `${recorded}, applied to what the patient owes on this visit.`;
  if (payment.unappliedCents === payment.amountCents) return `${recorded}. It is held as the patient's credit until the visit's charges are owed.`;
  return `${recorded}: ${formatCents(payment.amountCents - payment.unappliedCents)} applied, ${formatCents(payment.unappliedCents)} held as the patient's credit.`;
}

/** Payments taken at this visit, and the form to take one (what the patient owes on the visit is paid at once, the rest waits as credit). */
export function VisitPayments({ organizationId, encounterId, patientId, canTake, suggestedCents }: { organizationId: string; encounterId: string; patientId: string; canTake: boolean; suggestedCents: number | null }) {
  const queryClient = useQueryClient();
  const key = ['encounter', organizationId, encounterId, 'payments'];
  const path = { organizationId, encounterId };
  const list = usePagedList(key, (after) =>
    expectOk<Page<PointOfServicePayment>>(api.GET('/api/organizations/{organizationId}/encounters/{encounterId}/point-of-service-payments', { params: { path, query: { limit: 25, ...(after && { after }) } } })),
  );
  const payments = list.query;
  const take = useMutation({
    mutationFn: (entry: PaymentEntry) => expectOk<PointOfServicePayment>(api.POST('/api/organizations/{organizationId}/encounters/{encounterId}/point-of-service-payments', { params: { path }, body: entry })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: key });
      void queryClient.invalidateQueries({ queryKey: patientKeys.balances(organizationId, patientId) });
    },
  });
  const items = payments.data?.items ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="payments-title">
      <Stack>
        <Title order={2} size="h3" id="payments-title">
          Payment at the visit
        </Title>
        {payments.error && <Alert color="red" role="alert">{messageOf(payments.error)}</Alert>}
        {payments.isSuccess && items.length === 0 && <Text>No payment taken at this visit.</Text>}
        {items.length > 0 && (
          <Table aria-label="Payments taken at this visit">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Received</Table.Th>
                <Table.Th>Amount</Table.Th>
                <Table.Th>Method</Table.Th>
                <Table.Th>Reference</Table.Th>
                <Table.Th>Not applied yet</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((payment) => (
                <Table.Tr key={payment.id}>
                  <Table.Td>{payment.receivedOn}</Table.Td>
                  <Table.Td>{formatCents(payment.amountCents)}</Table.Td>
                  <Table.Td>{payment.method}</Table.Td>
                  <Table.Td>{payment.reference ?? '—'}</Table.Td>
                  <Table.Td>{formatCents(payment.unappliedCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {items.length > 0 && (list.hasNext || list.hasPrevious) && <ListPager list={list} label="Payments taken at this visit" noun="payment(s)" />}
        {take.isSuccess && (
          <Text role="status" c="teal.9">
            {receiptMessage(take.data)}
          </Text>
        )}
        {canTake && <PaymentForm key={`${take.data?.id ?? 'new'}-${items.length}`} onSubmit={(entry) => take.mutate(entry)} busy={take.isPending} error={take.error} defaultAmount={items.length === 0 && suggestedCents ? (suggestedCents / 100).toFixed(2) : ''} />}
      </Stack>
    </Paper>
  );
}
