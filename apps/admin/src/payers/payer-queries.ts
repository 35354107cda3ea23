import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { expectOk } from '../api/problem';
import type { components } from '../api/schema';
import type { Page, Payer, PayerEnrollment, Provider } from '../api/views';

export type CreatePayer = components['schemas']['CreatePayerDto'];
export type SetEnrollment = components['schemas']['SetEnrollmentDto'];

export function usePayerQuery(organizationId: string, payerId: string | undefined) {
  return useQuery({
    queryKey: ['payers', organizationId, 'one', payerId],
    queryFn: () => expectOk<Payer>(api.GET('/api/organizations/{organizationId}/payers/{payerId}', { params: { path: { organizationId, payerId: payerId as string } } })),
    enabled: payerId !== undefined,
  });
}

/** Creates a payer, or changes the one named by `payerId`. */
export function useSavePayer(organizationId: string, payerId: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePayer) =>
      payerId
        ? expectOk<Payer>(api.PATCH('/api/organizations/{organizationId}/payers/{payerId}', { params: { path: { organizationId, payerId } }, body }))
        : expectOk<Payer>(api.POST('/api/organizations/{organizationId}/payers', { params: { path: { organizationId } }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(['payers', organizationId, 'one', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['payers', organizationId, 'list'] });
    },
  });
}

export function useEnrollmentsQuery(organizationId: string, payerId: string) {
  return useQuery({
    queryKey: ['payers', organizationId, 'enrollments', payerId],
    queryFn: () => expectOk<PayerEnrollment[]>(api.GET('/api/organizations/{organizationId}/payers/{payerId}/enrollments', { params: { path: { organizationId, payerId } } })),
  });
}

export function useSetEnrollment(organizationId: string, payerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetEnrollment) =>
      expectOk<PayerEnrollment>(api.PUT('/api/organizations/{organizationId}/payers/{payerId}/enrollments', { params: { path: { organizationId, payerId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['payers', organizationId, 'enrollments', payerId] }),
  });
}

/** The organization's active providers (the first 200, by name), whose enrollments the payer screen shows. */
export function useProvidersQuery(organizationId: string) {
  return useQuery({
    queryKey: ['providers', organizationId, 'active'],
    queryFn: () =>
      expectOk<Page<Provider>>(api.GET('/api/organizations/{organizationId}/providers', { params: { path: { organizationId }, query: { active: 'true', limit: 200, sort: 'name' } } })),
  });
}
