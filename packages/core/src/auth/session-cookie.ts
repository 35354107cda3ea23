import type { Request, Response } from 'express';

/** The session cookie's name. */
export const SESSION_COOKIE = 'openrcm_session';
/** The header that carries the CSRF token on state-changing cookie requests. */
export const CSRF_HEADER = 'x-csrf-token';

/** Sets the session cookie: HttpOnly, SameSite=Strict, Secure whenever the request came over TLS. */
export function setSessionCookie(request: Request, response: Response, token: string, expiresAt: Date): void {
  response.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: request.secure, path: '/', expires: expiresAt });
}

export function clearSessionCookie(request: Request, response: Response): void {
  response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: request.secure, path: '/' });
}

/** The session token the request carries, if any. */
export function sessionTokenOf(request: Request): string | undefined {
  const value = (request.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
