import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../administration/confirm-dialog';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { PaymentPlan, PaymentPlanChange, PaymentPlanListing } from '../api/views';
import { formatCents } from '../money/cents';
import { PaymentPlanForm } from './payment-plan-form';
import { autopayWords, CADENCE_LABELS, PLAN_STATES, standingWords } from './payment-words';
import { changeDraftOf } from './plan-draft';

/** A plan's facts as label–value rows: its standing today while active, its terms, what was paid, when it began and ended. */
export function planFacts(plan: PaymentPlanListing): [string, string][] {
  return [
    ...(plan.standing ? [['Standing today', standingWords(plan.standing)] as [string, string]] : []),
    ['Total', `${formatCents(plan.totalCents)} (the balance when the plan was made)`],
    ['Paid so far', formatCents(plan.paidCents)],
    ['Installment', formatCents(plan.installmentCents)],
    ['How often', CADENCE_LABELS[plan.cadence]],
    ['First installment due', plan.firstDueOn],
    ['Grace days', `${plan.graceDays} days after a missed installment`],
    ['Autopay', autopayWords(plan)],
    ['Made', plan.startedOn],
    ...(plan.endedOn ? [['Ended', plan.endedOn] as [string, string]] : []),
    ...(plan.remindedFor ? [['Last reminder', `For the installment due ${plan.remindedFor}`] as [string, string]] : []),
  ];
}

export interface PaymentPlanCardProps {
  readonly organizationId: string;
  readonly plan: PaymentPlanListing;
  /** The plan's number on the patient's account, the first plan being 1. */
  readonly number: number;
  readonly canCancel: boolean;
  readonly onChanged: () => void;
}

/** One plan: its state, standing and terms; an active plan changed by anyone who sees it (installment, grace days, autopay) or cancelled after a confirmation. */
export function PaymentPlanCard({ organizationId, plan, number, canCancel, onChanged }: PaymentPlanCardProps) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const path = { organizationId, planId: plan.id };
  const save = useMutation({
    mutationFn: (body: PaymentPlanChange) => expectOk<PaymentPlan>(api.PATCH('/api/organizations/{organizationId}/payment-plans/{planId}', { params: { path }, body })),
    onSuccess: () => {
      setEditing(false);
      onChanged();
    },
  });
  const cancel = useMutation({
    mutationFn: () => expectOk<PaymentPlan>(api.POST('/api/organizations/{organizationId}/payment-plans/{planId}/cancel', { params: { path } })),
    onSuccess: () => {
      setConfirming(false);
      onChanged();
    },
  });
  const title = `Plan ${number}`;
  const active = plan.state === 'active';

  return (
    <Paper withBorder p="sm" component="article" aria-label={title}>
      <Stack gap="xs">
        <Text fw={600}>
          {title}: {PLAN_STATES[plan.state]}
        </Text>
        <Table aria-label={`${title} terms`} variant="vertical" withTableBorder>
          <Table.Tbody>
            {planFacts(plan).map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={220}>{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {active && !editing && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              aria-label={`Change ${title.toLowerCase()}`}
              onClick={() => {
                save.reset();
                setEditing(true);
              }}
            >
              Change
            </Button>
            {canCancel && (
              <Button
                size="xs"
                variant="default"
                color="red"
                aria-label={`Cancel ${title.toLowerCase()}`}
                onClick={() => {
                  cancel.reset();
                  setConfirming(true);
                }}
              >
                Cancel plan
              </Button>
            )}
          </Group>
        )}
        {editing && (
          <PaymentPlanForm
            mode="change"
            initial={changeDraftOf(plan)}
            hasPaymentMethod={plan.hasPaymentMethod}
            label={`Change ${title.toLowerCase()}`}
            submitLabel="Save the plan"
            onSubmit={(body) => save.mutate(body)}
            onCancel={() => setEditing(false)}
            busy={save.isPending}
            error={save.error}
          />
        )}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={`Cancel ${title.toLowerCase()}?`}
        message="The plan ends today. The account goes back to the final notice, so statements and collections may follow; the payments already made stay on the ledger."
        confirmLabel="Cancel the plan"
        cancelLabel="Keep the plan"
        onConfirm={() => cancel.mutate()}
        onCancel={() => setConfirming(false)}
        busy={cancel.isPending}
        error={cancel.error ? messageOf(cancel.error) : undefined}
      />
    </Paper>
  );
}
