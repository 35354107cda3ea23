import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRoster, type Roster } from '../roster/roster';
import { AVAILITY_HEADERS, TOKEN_FORM } from './availity-fields';
import { parseScenario, type AvailityScenario } from './availity-scenarios';
import { coverageFormErrors, normaliseCoverageForm } from './coverage-form.validation';
import { CoverageSession, type CoverageAnswer } from './coverage-session';
import { DEFAULT_AVAILITY_CLIENT, FakeTokens, type FakeClient } from './fake-tokens';
import { errorResponse, isForm, parseForm, readBody, sendJson } from './http-io';

/** Options of {@link startAvailityFake}. */
export interface AvailityFakeOptions {
  /** The payers and members the answers come from (default: the default roster). */
  readonly roster?: Roster;
  /** The port to listen on (default 0: any free port). */
  readonly port?: number;
  /** The interface to listen on (default `127.0.0.1`). */
  readonly host?: string;
  /** The client credentials accepted at the token endpoint (default {@link DEFAULT_AVAILITY_CLIENT}). */
  readonly clients?: readonly FakeClient[];
  /** `expires_in` of issued tokens, in seconds (default 300, as Availity's); tokens really expire after it. */
  readonly tokenLifetimeSeconds?: number;
  /** `in-progress`: polls answered "0" before the complete answer (default 2). */
  readonly pollsUntilComplete?: number;
  /** `retrying`: polls answered "R1" before the complete answer (default 2). */
  readonly retryingPolls?: number;
  /** `rate-limited`: consecutive requests answered 429 before one passes (default 1). */
  readonly rateLimitedResponses?: number;
  /** `rate-limited`: the `Retry-After` header, in seconds (default 1). */
  readonly retryAfterSeconds?: number;
  /** `slow`: how long the fake waits before answering, in milliseconds (default 1500). */
  readonly slowDelayMs?: number;
  /** The scenario of requests without the header (default: derived from the roster). */
  readonly defaultScenario?: AvailityScenario;
}

/** A request the fake received, for tests to assert on (field names, headers, paths). */
export interface RecordedRequest {
  /** The HTTP method. */
  readonly method: string;
  /** The path as requested, including any `/availity` prefix. */
  readonly path: string;
  /** Request headers, lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The form body, for form-encoded requests. */
  readonly form?: Readonly<Record<string, string>>;
}

/** A running fake. */
export interface AvailityFake {
  /** The base URL, e.g. `http://127.0.0.1:40123` (both `/v1/…` and `/availity/v1/…` paths answer). */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: readonly RecordedRequest[];
  /** How many tokens were issued. */
  tokensIssued(): number;
  /** Stops the server. */
  close(): Promise<void>;
}

/**
 * Starts an Availity-compatible Coverages server on `node:http`: `POST /v1/token` (client credentials),
 * `POST /v1/coverages` (form-encoded) and `GET /v1/coverages/{id}`, each also under `/availity/v1/…`. Answers come
 * from the roster, or from the mock scenario named in `X-Api-Mock-Scenario-ID` (see `AVAILITY_SCENARIOS`).
 */
export async function startAvailityFake(options: AvailityFakeOptions = {}): Promise<AvailityFake> {
  const fake = new AvailityFakeServer(options);
  const server = createServer((request, response) => {
    fake.handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, errorResponse(500, `fake failed: ${(error as Error).message}`));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://${address.address}:${address.port}`,
    requests: fake.requests,
    tokensIssued: () => fake.tokens.issued,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}

class AvailityFakeServer {
  readonly requests: RecordedRequest[] = [];
  readonly tokens: FakeTokens;
  private readonly roster: Roster;
  private readonly sessions = new Map<string, CoverageSession>();
  private nextId = 1;
  private rateLimitedInARow = 0;

  constructor(private readonly options: AvailityFakeOptions) {
    this.roster = options.roster ?? createRoster();
    this.tokens = new FakeTokens(options.tokenLifetimeSeconds ?? 300);
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake');
    const body = await readBody(request);
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
    const form = isForm(request) ? parseForm(body) : undefined;
    const recorded: RecordedRequest = { method: request.method ?? 'GET', path: url.pathname, headers };
    this.requests.push(form ? { ...recorded, form } : recorded);

    const path = url.pathname.replace(/^\/availity(?=\/v1\/)/, '');
    const coverageId = /^\/v1\/coverages\/([^/]+)$/.exec(path)?.[1];
    if (request.method === 'POST' && path === '/v1/token') return this.token(response, form);
    if (path !== '/v1/coverages' && coverageId === undefined) return sendJson(response, 404, errorResponse(404, 'Not Found'));
    return this.coverages(request, response, form, coverageId);
  }

  private token(response: ServerResponse, form: Record<string, string> | undefined): void {
    if (!form || form[TOKEN_FORM.grantType] !== 'client_credentials') {
      return sendJson(response, 400, { error: 'unsupported_grant_type', error_description: 'grant_type must be client_credentials, form-encoded' });
    }
    const clients = this.options.clients ?? [DEFAULT_AVAILITY_CLIENT];
    if (!clients.some((c) => c.clientId === form[TOKEN_FORM.clientId] && c.clientSecret === form[TOKEN_FORM.clientSecret])) {
      return sendJson(response, 401, { error: 'invalid_client', error_description: 'client authentication failed' });
    }
    const { accessToken, expiresIn } = this.tokens.issue();
    sendJson(response, 200, { access_token: accessToken, token_type: 'Bearer', expires_in: expiresIn, scope: form[TOKEN_FORM.scope] ?? '' });
  }

  private async coverages(request: IncomingMessage, response: ServerResponse, form: Record<string, string> | undefined, id: string | undefined): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake');
    const token = this.tokens.bearer(request.headers.authorization);
    if (!token) return sendJson(response, 401, errorResponse(401, 'Not Authorized'));
    const header = request.headers[AVAILITY_HEADERS.mockScenario];
    const parsed = parseScenario(Array.isArray(header) ? header[0] : header);
    if (parsed === 'unknown') return sendJson(response, 400, errorResponse(400, 'Unknown mock scenario'));
    const mock: Record<string, string> = parsed === undefined ? {} : { [AVAILITY_HEADERS.mockResponse]: 'true' };
    if (parsed === 'rate-limited' && this.rateLimited()) {
      const retryAfter = String(this.options.retryAfterSeconds ?? 1);
      return sendJson(response, 429, errorResponse(429, 'Too Many Requests'), { ...mock, [AVAILITY_HEADERS.retryAfter]: retryAfter });
    }
    if (request.method === 'GET' && id !== undefined) {
      const session = this.sessions.get(id);
      if (!session) return sendJson(response, 404, errorResponse(404, 'Coverage not found'));
      return this.reply(response, session.polled(), token, { ...mock, ...this.location(url.pathname, session.id, true) });
    }
    if (request.method !== 'POST' || id !== undefined) return sendJson(response, 405, errorResponse(405, 'Method Not Allowed'));
    if (!form) return sendJson(response, 400, errorResponse(400, 'The body must be application/x-www-form-urlencoded'));
    const errors = coverageFormErrors(form);
    if (errors.length > 0) return sendJson(response, 400, errorResponse(400, 'Invalid coverage request', errors));
    const scenario = parsed ?? this.options.defaultScenario;
    const session = new CoverageSession(String(1_000_000_000 + this.nextId++), normaliseCoverageForm(form), scenario, this.roster, {
      pollsUntilComplete: this.options.pollsUntilComplete ?? 2,
      retryingPolls: this.options.retryingPolls ?? 2,
    });
    this.sessions.set(session.id, session);
    if (scenario === 'slow') await new Promise((resolve) => setTimeout(resolve, this.options.slowDelayMs ?? 1500));
    this.reply(response, session.created(), token, { ...mock, ...this.location(url.pathname, session.id, false) });
  }

  private reply(response: ServerResponse, answer: CoverageAnswer, token: string, headers: Record<string, string>): void {
    if (answer.revokeToken) this.tokens.revoke(token);
    if (answer.httpStatus === 401) return sendJson(response, 401, errorResponse(401, 'Not Authorized: token expired'), headers);
    sendJson(response, answer.httpStatus, answer.document, headers);
  }

  /** `Location` of a coverage (Availity's polling convention), under the path layout the caller used. */
  private location(pathname: string, id: string, isPoll: boolean): Record<string, string> {
    const collection = isPoll ? pathname.slice(0, pathname.lastIndexOf('/')) : pathname;
    return { [AVAILITY_HEADERS.location]: `${collection}/${id}` };
  }

  /** Answers 429 to `rateLimitedResponses` consecutive requests, then lets one through, and so on. */
  private rateLimited(): boolean {
    if (this.rateLimitedInARow < (this.options.rateLimitedResponses ?? 1)) {
      this.rateLimitedInARow += 1;
      return true;
    }
    this.rateLimitedInARow = 0;
    return false;
  }
}
