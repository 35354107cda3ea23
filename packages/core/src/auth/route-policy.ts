import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { ROLES, type Role } from '@openrcm/sdk';
import type { SessionStage } from '../identity/session.entity';

/** Who may call a route. Every route declares one; a route without is refused (and fails the route-policy test). */
export type RoutePolicy =
  | { readonly kind: 'public' }
  | { readonly kind: 'signed-in'; readonly stages: readonly SessionStage[]; readonly usersOnly: boolean }
  | { readonly kind: 'roles'; readonly roles: readonly Role[] };

/** Metadata key of {@link RoutePolicy}. */
export const ROUTE_POLICY = 'openrcm:route-policy';

/** The OpenAPI extension that publishes each operation's policy (the admin app and the route-policy test read it). */
export const POLICY_EXTENSION = 'x-openrcm-policy';

function policy(value: RoutePolicy) {
  return applyDecorators(SetMetadata(ROUTE_POLICY, value), ApiExtension(POLICY_EXTENSION, value));
}

/** No credentials needed (health probes, sign-in). */
export const Public = () => policy({ kind: 'public' });

/**
 * Any signed-in user (or API key unless `usersOnly`), in no particular organization. `stages` lists the sign-in
 * stages allowed besides a fully signed-in session (e.g. the second-factor step).
 */
export const SignedIn = (options: { stages?: readonly SessionStage[]; usersOnly?: boolean } = {}) =>
  policy({ kind: 'signed-in', stages: ['active', ...(options.stages ?? [])], usersOnly: options.usersOnly ?? false });

/** An organization-scoped route (`:organizationId` in its path) open to members holding one of `roles`. */
export const Allow = (...roles: Role[]) => policy({ kind: 'roles', roles });

/** Every role: any member of the organization. */
export const ANY_ROLE: readonly Role[] = ROLES;
