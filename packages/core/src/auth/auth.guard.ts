import { MikroORM } from '@mikro-orm/core';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '@openrcm/sdk';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { correlationIdOf } from '../http/correlation-id.middleware';
import { ApiKeyService } from '../identity/api-key.service';
import { Membership } from '../identity/membership.entity';
import { SessionService } from '../identity/session.service';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { actorOf, rolesIn, type Principal } from './principal';
import { setRequestAuth } from './request-auth';
import { ROUTE_POLICY, type RoutePolicy } from './route-policy';
import { CSRF_HEADER, sessionTokenOf } from './session-cookie';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one gate of every route: reads the route's declared policy (a route without one is refused), authenticates the
 * caller (API key in `Authorization: Bearer`, else the session cookie with its CSRF token on writes), and for
 * organization-scoped routes checks membership (not a member: 404, as if the organization did not exist) and roles
 * (403), then sets the request's {@link RequestContext}.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly orm: MikroORM,
    private readonly sessions: SessionService,
    private readonly apiKeys: ApiKeyService,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<RoutePolicy | undefined>(ROUTE_POLICY, [execution.getHandler(), execution.getClass()]);
    if (!policy) throw new ForbiddenError('this route declares no access policy, so nobody may call it');
    if (policy.kind === 'public') return true;
    const request = execution.switchToHttp().getRequest<Request>();
    const principal = await this.authenticate(request);
    if (policy.kind === 'signed-in') {
      this.assertStage(principal, policy.stages);
      if (policy.usersOnly && principal.kind !== 'user') throw new ForbiddenError('this route is for people, not API keys');
      setRequestAuth(request, { principal });
      return true;
    }
    this.assertStage(principal, ['active']);
    const organizationId = String(request.params['organizationId'] ?? '');
    if (!UUID.test(organizationId)) throw new NotFoundError('organization', organizationId || '(none)');
    const roles = rolesIn(principal, organizationId);
    if (roles.length === 0) throw new NotFoundError('organization', organizationId);
    if (!roles.some((role) => policy.roles.includes(role))) {
      throw new ForbiddenError(`this action needs one of the roles ${policy.roles.join(', ')}`);
    }
    setRequestAuth(request, {
      principal,
      context: { organizationId, actor: actorOf(principal), roles, correlationId: correlationIdOf(request) },
    });
    return true;
  }

  private async authenticate(request: Request): Promise<Principal> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.header('authorization') ?? '')?.[1];
    if (bearer) {
      const key = await this.apiKeys.authenticate(bearer);
      if (!key) throw new UnauthenticatedError('the API key is unknown or revoked');
      return { kind: 'api-key', key };
    }
    const token = sessionTokenOf(request);
    const resolved = token ? await this.sessions.resolve(token) : undefined;
    if (!token || !resolved) throw new UnauthenticatedError('sign in first (no session, or it ended)');
    if (!SAFE_METHODS.has(request.method) && !sameSecret(request.header(CSRF_HEADER), resolved.session.csrfToken)) {
      throw new ForbiddenError(`missing or wrong ${CSRF_HEADER} header`);
    }
    const memberships = await currentEntityManager(this.orm).find(Membership, { userId: resolved.user.id, active: true });
    return { kind: 'user', user: resolved.user, session: resolved.session, token, memberships };
  }

  private assertStage(principal: Principal, stages: readonly string[]): void {
    if (principal.kind === 'user' && !stages.includes(principal.session.stage)) {
      throw new ForbiddenError(`finish signing in first: ${principal.session.stage}`);
    }
  }
}

function sameSecret(offered: string | undefined, expected: string): boolean {
  if (!offered) return false;
  const a = Buffer.from(offered);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
