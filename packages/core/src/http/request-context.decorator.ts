import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ForbiddenError, type RequestContext } from '@openrcm/sdk';
import type { Request } from 'express';
import type { Principal } from '../auth/principal';
import { requestAuthOf } from '../auth/request-auth';

/** The {@link RequestContext} the auth guard set for an organization-scoped route (`@Allow(...)`). */
export const Ctx = createParamDecorator((_: unknown, execution: ExecutionContext): RequestContext => {
  const context = requestAuthOf(execution.switchToHttp().getRequest<Request>()).context;
  if (!context) throw new ForbiddenError('this route has no organization context; declare it with @Allow(...)');
  return context;
});

/** The authenticated caller (any route but `@Public()` ones). */
export const CurrentPrincipal = createParamDecorator((_: unknown, execution: ExecutionContext): Principal => {
  const principal = requestAuthOf(execution.switchToHttp().getRequest<Request>()).principal;
  if (!principal) throw new ForbiddenError('this route is public and has no caller');
  return principal;
});
