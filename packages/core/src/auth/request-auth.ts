import type { RequestContext } from '@openrcm/sdk';
import type { Request } from 'express';
import type { Principal } from './principal';

/** What the auth guard established for a request. */
export interface RequestAuth {
  readonly principal?: Principal;
  /** Set on organization-scoped routes. */
  readonly context?: RequestContext;
}

const authByRequest = new WeakMap<Request, RequestAuth>();

export function setRequestAuth(request: Request, auth: RequestAuth): void {
  authByRequest.set(request, auth);
}

export function requestAuthOf(request: Request): RequestAuth {
  return authByRequest.get(request) ?? {};
}
