/** A failed call to the API: the method, path, status and the problem's detail. */
export class DemoApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    message: string,
  ) {
    super(message);
  }

  /** The problem in words, without the request (for the visit summary). */
  get problem(): string {
    return describeProblem(this.body);
  }
}

/**
 * The demo's client of the OpenRCM REST API it serves: a signed-in session (cookie and CSRF token) over HTTP, the
 * same requests the web app and the e2e tests make, with paths under one organization.
 */
export class DemoApi {
  private cookies = new Map<string, string>();
  private csrf = '';

  constructor(private readonly baseUrl: string) {}

  /** First sign-in as a person does it: one-time password, a new password, authenticator enrolment. */
  async firstSignIn(email: string, oneTimePassword: string, newPassword: string, code: (secret: string) => string): Promise<void> {
    const signedIn = (await this.call('POST', '/api/auth/sign-in', { email, password: oneTimePassword })) as { csrfToken: string };
    this.csrf = signedIn.csrfToken;
    await this.call('POST', '/api/auth/password', { currentPassword: oneTimePassword, newPassword });
    const enrolment = (await this.call('POST', '/api/auth/mfa/enrol')) as { secret: string };
    await this.call('POST', '/api/auth/mfa/confirm', { code: code(enrolment.secret) });
  }

  async signOut(): Promise<void> {
    await this.call('POST', '/api/auth/sign-out').catch(() => undefined);
  }

  /** A file the API serves (a statement's PDF), as bytes. */
  async bytes(path: string): Promise<Buffer> {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: { cookie: this.cookieHeader() } });
    if (!response.ok) throw new DemoApiError(response.status, await response.text(), `${response.status} (GET ${path})`);
    return Buffer.from(await response.arrayBuffer());
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async call(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<unknown> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.cookies.size > 0) headers['cookie'] = this.cookieHeader();
    if (this.csrf) headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = contentType;
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, ...(payload === undefined ? {} : { body: payload }) });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    const text = await response.text();
    const parsed: unknown = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    if (!response.ok) throw new DemoApiError(response.status, parsed, `${response.status} ${describeProblem(parsed)} (${method} ${path})`);
    return parsed;
  }
}

function describeProblem(body: unknown): string {
  if (typeof body !== 'object' || body === null) return String(body);
  const problem = body as { title?: string; detail?: string; errors?: { field: string; message: string }[]; failures?: { check: string; reason: string }[] };
  const fields = (problem.errors ?? []).map((error) => `${error.field}: ${error.message}`);
  const failures = (problem.failures ?? []).map((failure) => `${failure.check}: ${failure.reason}`);
  return [problem.detail ?? problem.title ?? '', ...fields, ...failures].filter(Boolean).join(' — ');
}
