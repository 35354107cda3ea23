import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { expectOk } from '../api/problem';
import type { PatientPayment, PaymentPlanListing } from '../api/views';
import { patientKeys } from '../patients/patient-queries';
import { statementKeys } from '../statements/statement-queries';

/** Query keys of a patient's payments and payment plans. */
export const paymentKeys = {
  payments: (organizationId: string, patientId: string) => ['patient', organizationId, patientId, 'payments'] as const,
  plans: (organizationId: string, patientId: string) => ['patient', organizationId, patientId, 'payment-plans'] as const,
};

/** The patient's payments of their balance, newest first (every channel: staff, pay link, autopay). */
export function usePatientPayments(organizationId: string, patientId: string) {
  return useQuery({
    queryKey: paymentKeys.payments(organizationId, patientId),
    queryFn: async () =>
      (await expectOk<{ items: PatientPayment[] }>(api.GET('/api/organizations/{organizationId}/patients/{patientId}/payments', { params: { path: { organizationId, patientId } } }))).items,
  });
}

/** The patient's payment plans, newest first, the active one with its standing today. */
export function usePaymentPlans(organizationId: string, patientId: string) {
  return useQuery({
    queryKey: paymentKeys.plans(organizationId, patientId),
    queryFn: async () =>
      (await expectOk<{ items: PaymentPlanListing[] }>(api.GET('/api/organizations/{organizationId}/patients/{patientId}/payment-plans', { params: { path: { organizationId, patientId } } }))).items,
  });
}

/**
 * After a payment or a plan changes: the payments, the plans (paid so far, standing), the balance by party and the
 * statement account (a payment that clears the balance marks it paid; a plan moves it to and from `payment-plan`).
 */
export function refreshPatientMoney(queryClient: QueryClient, organizationId: string, patientId: string): void {
  for (const queryKey of [paymentKeys.payments(organizationId, patientId), paymentKeys.plans(organizationId, patientId), patientKeys.balances(organizationId, patientId), statementKeys.account(organizationId, patientId)]) {
    void queryClient.invalidateQueries({ queryKey });
  }
}
