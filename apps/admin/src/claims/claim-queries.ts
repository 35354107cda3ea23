import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { expectOk } from '../api/problem';
import type { ClaimDetail, ClaimTimelineEntry, Page, PayerView } from '../api/views';

/** The query keys of one claim: its detail and its timeline (refreshed together after an action). */
export const claimKey = (organizationId: string, claimId: string) => ['claim', organizationId, claimId] as const;

export function useClaimQuery(organizationId: string, claimId: string) {
  return useQuery({
    queryKey: [...claimKey(organizationId, claimId), 'detail'],
    queryFn: () => expectOk<ClaimDetail>(api.GET('/api/organizations/{organizationId}/claims/{claimId}', { params: { path: { organizationId, claimId } } })),
  });
}

export function useClaimTimelineQuery(organizationId: string, claimId: string) {
  return useQuery({
    queryKey: [...claimKey(organizationId, claimId), 'timeline'],
    queryFn: async () =>
      (await expectOk<{ entries: ClaimTimelineEntry[] }>(api.GET('/api/organizations/{organizationId}/claims/{claimId}/timeline', { params: { path: { organizationId, claimId } } }))).entries,
  });
}

/** The organization's payers (first 200 by name), for filters and names. */
export function usePayersQuery(organizationId: string) {
  return useQuery({
    queryKey: ['payers', organizationId, 'all'],
    queryFn: () => expectOk<Page<PayerView>>(api.GET('/api/organizations/{organizationId}/payers', { params: { path: { organizationId }, query: { limit: 200 } } })),
  });
}
