import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { expectOk } from '../api/problem';
import type { Page, PayerView } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';

/** Payer id → name, for the screens that show payer ids (balances, coverages). */
export function usePayerNames(): ReadonlyMap<string, string> {
  const { organizationId } = useCurrentOrganization();
  const payers = useQuery({
    queryKey: ['payers', organizationId, 'all'],
    queryFn: () => expectOk<Page<PayerView>>(api.GET('/api/organizations/{organizationId}/payers', { params: { path: { organizationId }, query: { limit: 200 } } })),
  });
  return new Map((payers.data?.items ?? []).map((payer) => [payer.id, payer.name]));
}
