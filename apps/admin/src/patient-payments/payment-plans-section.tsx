import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { PaymentPlan, PaymentPlanInput } from '../api/views';
import { PaymentPlanCard } from './payment-plan-card';
import { PaymentPlanForm } from './payment-plan-form';
import { refreshPatientMoney, usePaymentPlans } from './payment-queries';
import { NEW_PLAN } from './plan-draft';

export interface PaymentPlansSectionProps {
  readonly organizationId: string;
  readonly patientId: string;
  /** May cancel an active plan (fewer roles than those who make and change plans). */
  readonly canCancel: boolean;
}

/**
 * The patient's payment plans, newest first: the active one with its standing today, changed or cancelled here; a
 * new plan made for the patient's whole balance when none is active (the account then gets no dunning statement).
 */
export function PaymentPlansSection({ organizationId, patientId, canCancel }: PaymentPlansSectionProps) {
  const queryClient = useQueryClient();
  const plans = usePaymentPlans(organizationId, patientId);
  const [making, setMaking] = useState(false);
  const refresh = () => refreshPatientMoney(queryClient, organizationId, patientId);
  const make = useMutation({
    mutationFn: (body: PaymentPlanInput) =>
      expectOk<PaymentPlan>(api.POST('/api/organizations/{organizationId}/patients/{patientId}/payment-plans', { params: { path: { organizationId, patientId } }, body })),
    onSuccess: () => {
      setMaking(false);
      refresh();
    },
  });
  const hasActive = plans.data?.some((plan) => plan.state === 'active') ?? true;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="payment-plans-title">
      <Stack>
        <Title order={2} size="h3" id="payment-plans-title">
          Payment plans
        </Title>
        {plans.isPending && <Loader aria-label="Loading the payment plans" />}
        {plans.error && (
          <Alert color="red" role="alert">
            {messageOf(plans.error)}
          </Alert>
        )}
        {plans.data && plans.data.length === 0 && <Text>The patient has no payment plan.</Text>}
        {plans.data?.map((plan, index) => (
          <PaymentPlanCard key={plan.id} organizationId={organizationId} plan={plan} number={plans.data.length - index} canCancel={canCancel} onChanged={refresh} />
        ))}
        {!hasActive && !making && (
          <Group>
            <Button
              variant="light"
              onClick={() => {
                make.reset();
                setMaking(true);
              }}
            >
              Make a payment plan
            </Button>
          </Group>
        )}
        {making && (
          <Text size="sm">The plan covers everything the patient owes today; the account leaves the statement cycle while the plan stands.</Text>
        )}
        {making && (
          <PaymentPlanForm
            mode="create"
            initial={NEW_PLAN}
            label="Make a payment plan"
            submitLabel="Make the plan"
            onSubmit={(body) => make.mutate(body)}
            onCancel={() => setMaking(false)}
            busy={make.isPending}
            error={make.error}
          />
        )}
      </Stack>
    </Paper>
  );
}
