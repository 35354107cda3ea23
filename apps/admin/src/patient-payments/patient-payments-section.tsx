import { Alert, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { PatientPayment, RecordedPatientPayment, StaffPaymentInput } from '../api/views';
import { formatCents } from '../money/cents';
import { refreshPatientMoney, usePatientPayments } from './payment-queries';
import { CHANNEL_LABELS, METHOD_LABELS, paymentReference } from './payment-words';
import { StaffPaymentForm } from './staff-payment-form';

/** What a payment just recorded did: the service lines it paid (oldest date of service first) and where the receipt goes. */
export function recordedText(payment: RecordedPatientPayment): string {
  const paid = payment.applications.map((application) => `${application.serviceDate} (${formatCents(application.amountCents)})`).join(', ');
  const receipt = payment.receiptEmail ? ` The receipt is emailed to ${payment.receiptEmail}.` : '';
  return `Recorded ${formatCents(payment.amountCents)} (${METHOD_LABELS[payment.method].toLowerCase()}), applied to the visits of ${paid}.${receipt}`;
}

function PaymentsTable({ payments }: { payments: readonly PatientPayment[] }) {
  return (
    <Table aria-label="Payments of the balance">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Received</Table.Th>
          <Table.Th>Amount</Table.Th>
          <Table.Th>Method</Table.Th>
          <Table.Th>How</Table.Th>
          <Table.Th>Reference</Table.Th>
          <Table.Th>Receipt emailed to</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {payments.map((payment) => (
          <Table.Tr key={payment.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{payment.receivedOn}</Table.Td>
            <Table.Td>{formatCents(payment.amountCents)}</Table.Td>
            <Table.Td>{METHOD_LABELS[payment.method]}</Table.Td>
            <Table.Td>{CHANNEL_LABELS[payment.channel]}</Table.Td>
            <Table.Td style={{ wordBreak: 'break-word' }}>{paymentReference(payment)}</Table.Td>
            <Table.Td style={{ wordBreak: 'break-word' }}>{payment.receiptEmail ?? 'no receipt emailed'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The patient's payments of their balance (staff, pay link, autopay), newest first, and a payment taken by staff. */
export function PatientPaymentsSection({ organizationId, patientId }: { organizationId: string; patientId: string }) {
  const queryClient = useQueryClient();
  const payments = usePatientPayments(organizationId, patientId);
  const [recording, setRecording] = useState(false);
  const record = useMutation({
    mutationFn: (body: StaffPaymentInput) =>
      expectOk<RecordedPatientPayment>(api.POST('/api/organizations/{organizationId}/patients/{patientId}/payments', { params: { path: { organizationId, patientId } }, body })),
    onSuccess: () => {
      setRecording(false);
      refreshPatientMoney(queryClient, organizationId, patientId);
    },
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="patient-payments-title">
      <Stack>
        <Title order={2} size="h3" id="patient-payments-title">
          Payments
        </Title>
        {payments.isPending && <Loader aria-label="Loading the payments" />}
        {payments.error && (
          <Alert color="red" role="alert">
            {messageOf(payments.error)}
          </Alert>
        )}
        {payments.data && payments.data.length === 0 && <Text>The patient has made no payment of their balance.</Text>}
        {payments.data && payments.data.length > 0 && <PaymentsTable payments={payments.data} />}
        {record.isSuccess && (
          <Text role="status" c="teal.9">
            {recordedText(record.data)}
          </Text>
        )}
        {recording ? (
          <StaffPaymentForm onSubmit={(body) => record.mutate(body)} onCancel={() => setRecording(false)} busy={record.isPending} error={record.error} />
        ) : (
          <Group>
            <Button
              variant="light"
              onClick={() => {
                record.reset();
                setRecording(true);
              }}
            >
              Record a payment
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
