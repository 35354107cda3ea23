import type { Role } from '@openrcm/sdk';
import type { ApiKey } from '../identity/api-key.entity';
import type { Membership } from '../identity/membership.entity';
import type { UserSession } from '../identity/session.entity';
import type { User } from '../identity/user.entity';

/** Who is calling: a signed-in user (with the session's token) or an integration's API key. */
export type Principal =
  | { readonly kind: 'user'; readonly user: User; readonly session: UserSession; readonly token: string; readonly memberships: readonly Membership[] }
  | { readonly kind: 'api-key'; readonly key: ApiKey };

/** The principal's roles in one organization (none when it is not a member). */
export function rolesIn(principal: Principal, organizationId: string): readonly Role[] {
  if (principal.kind === 'api-key') return principal.key.organizationId === organizationId ? principal.key.roles : [];
  return principal.memberships.find((membership) => membership.organizationId === organizationId && membership.active)?.roles ?? [];
}

/** The id recorded as the actor of what the principal does. */
export function actorOf(principal: Principal): { type: 'user' | 'api-key'; id: string } {
  return principal.kind === 'user' ? { type: 'user', id: principal.user.id } : { type: 'api-key', id: principal.key.id };
}
