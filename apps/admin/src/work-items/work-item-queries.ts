import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { expectOk } from '../api/problem';
import type { AssignableMember, DenialCategoryMapping } from '../api/views';

/** The members work can be assigned to. */
export function useAssignableMembersQuery(organizationId: string) {
  return useQuery({
    queryKey: ['assignable-members', organizationId],
    queryFn: () => expectOk<AssignableMember[]>(api.GET('/api/organizations/{organizationId}/users/assignable', { params: { path: { organizationId } } })),
  });
}

/** The denial categories of the organization's mapping (rules and the fallback), for the denial queue. */
export function useDenialCategoriesQuery(organizationId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['denial-categories', organizationId],
    enabled,
    queryFn: async () => {
      const mapping = await expectOk<DenialCategoryMapping>(api.GET('/api/organizations/{organizationId}/denial-categories', { params: { path: { organizationId } } }));
      return [...new Set([...mapping.rules.map((rule) => rule.category), mapping.fallback.category])].sort();
    },
  });
}
