import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { totp } from './totp';

/** The first administrator the server prints at start, and the password every browser test file signs in with. */
export const ADMIN = 'admin@openrcm.local';
export const ADMIN_PASSWORD = 'browser suite pass phrase';

interface AdminState {
  readonly totpSecret: string;
}

const stateFile = () => join(inject('stateDir'), 'admin.json');

/** Records the administrator's authenticator secret once the first sign-in set it up, for the other test files. */
export function saveAdminState(totpSecret: string): void {
  writeFileSync(stateFile(), JSON.stringify({ totpSecret } satisfies AdminState));
}

async function post<T>(request: APIRequestContext, path: string, data: unknown, csrfToken?: string): Promise<T> {
  const response = await request.post(`${inject('baseUrl')}${path}`, { data, headers: csrfToken ? { 'x-csrf-token': csrfToken } : {} });
  if (!response.ok()) throw new Error(`POST ${path} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Signs the administrator in through the API in `request`'s cookie jar: the first sign-in (one-time password, new
 * password, authenticator enrolment) when no earlier test file did it, else password and authenticator code.
 */
async function signInAdmin(request: APIRequestContext): Promise<void> {
  if (!existsSync(stateFile())) {
    const first = await post<{ csrfToken: string }>(request, '/api/auth/sign-in', { email: ADMIN, password: inject('oneTimePassword') });
    const changed = await post<{ csrfToken: string }>(request, '/api/auth/password', { currentPassword: inject('oneTimePassword'), newPassword: ADMIN_PASSWORD }, first.csrfToken);
    const enrolment = await post<{ secret: string }>(request, '/api/auth/mfa/enrol', {}, changed.csrfToken);
    await post(request, '/api/auth/mfa/confirm', { code: totp(enrolment.secret) }, changed.csrfToken);
    saveAdminState(enrolment.secret);
    return;
  }
  const { totpSecret } = JSON.parse(readFileSync(stateFile(), 'utf8')) as AdminState;
  const signedIn = await post<{ csrfToken: string }>(request, '/api/auth/sign-in', { email: ADMIN, password: ADMIN_PASSWORD });
  await post(request, '/api/auth/mfa/verify', { code: totp(totpSecret) }, signedIn.csrfToken);
}

/** A browser context and page signed in as the administrator, on the app's first screen. */
export async function adminPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  await signInAdmin(context.request);
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}/admin/`);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return { context, page };
}

/** A JSON API call from the page's session (its cookie), with the CSRF token on writes. */
export async function apiCall<T>(page: Page, method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, data?: unknown): Promise<T> {
  const session = await page.request.get(`${inject('baseUrl')}/api/auth/session`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await page.request.fetch(`${inject('baseUrl')}${path}`, { method, data, headers: { 'x-csrf-token': csrfToken } });
  if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** The organization the administrator belongs to first (the server's default organization). */
export async function firstOrganizationId(page: Page): Promise<string> {
  const session = await apiCall<{ memberships: { organizationId: string }[] }>(page, 'GET', '/api/auth/session');
  const id = session.memberships[0]?.organizationId;
  if (!id) throw new Error('the administrator belongs to no organization');
  return id;
}

/** Posts an X12 file (raw body) from the page's session, with the CSRF token; throws with the answer when refused. */
export async function postX12<T>(page: Page, path: string, body: string): Promise<T> {
  const session = (await (await page.request.get(`${inject('baseUrl')}/api/auth/session`)).json()) as { csrfToken: string };
  const response = await page.request.post(`${inject('baseUrl')}${path}`, { data: body, headers: { 'content-type': 'application/edi-x12', 'x-csrf-token': session.csrfToken } });
  if (!response.ok()) throw new Error(`POST ${path} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}
