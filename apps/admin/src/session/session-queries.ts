import { useQuery } from '@tanstack/react-query';
import { api, setCsrfToken } from '../api/client';
import { ApiError, expectOk } from '../api/problem';
import type { Organization, SessionView } from '../api/views';

export const SESSION_KEY = ['session'] as const;

/** The current session, or null when nobody is signed in. Keeps the CSRF token up to date. */
export async function fetchSession(): Promise<SessionView | null> {
  try {
    const session = await expectOk<SessionView>(api.GET('/api/auth/session'));
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSessionQuery() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, retry: false, staleTime: 60_000 });
}

/** The organizations the signed-in user belongs to, with their names. */
export function useOrganizationsQuery(enabled: boolean) {
  return useQuery({
    queryKey: ['organizations'],
    queryFn: () => expectOk<Organization[]>(api.GET('/api/organizations')),
    enabled,
  });
}
