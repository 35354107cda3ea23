import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { expectOk } from '../api/problem';
import type { Member } from '../api/views';

export const membersKey = (organizationId: string) => ['users', organizationId] as const;

/** The organization's members (`GET …/users`: administrators and managers). */
export function useMembersQuery(organizationId: string) {
  return useQuery({
    queryKey: membersKey(organizationId),
    queryFn: () => expectOk<Member[]>(api.GET('/api/organizations/{organizationId}/users', { params: { path: { organizationId } } })),
  });
}
