import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ValidationError, type RequestContext } from '@openrcm/sdk';
import type { Request } from 'express';
import { correlationIdOf } from './correlation-id.middleware';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The {@link RequestContext} of an organization-scoped request (`/organizations/:organizationId/...`).
 * Until sign-in exists the actor is the anonymous operator; the access-control work replaces this with the session.
 */
export const Ctx = createParamDecorator((_: unknown, execution: ExecutionContext): RequestContext => {
  const request = execution.switchToHttp().getRequest<Request>();
  const raw = request.params['organizationId'];
  const organizationId = typeof raw === 'string' ? raw : '';
  if (!UUID.test(organizationId)) throw new ValidationError([{ field: 'organizationId', message: 'must be a UUID' }]);
  return { organizationId, actor: { type: 'user', id: 'operator' }, roles: ['admin'], correlationId: correlationIdOf(request) };
});
