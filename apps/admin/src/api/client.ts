import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

let csrfToken: string | null = null;

/** Remembers the session's CSRF token (from the sign-in steps or `GET /api/auth/session`); null after sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The cookie session travels by itself; writes carry the CSRF token in `x-csrf-token`. */
export const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (csrfToken && !SAFE_METHODS.has(request.method.toUpperCase())) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

/** The typed API client, generated from the server's OpenAPI document (src/api/schema.d.ts). */
export const api = createClient<paths>({ baseUrl: '/', credentials: 'same-origin' });
api.use(csrfMiddleware);
