import { ExternalServiceError, type PluginHttpClient, type PluginHttpResponse } from '@openrcm/sdk';
import { AVAILITY_HEADERS, COVERAGE_JSON, COVERAGE_STATUS_CODES, MESSAGE_JSON } from './availity-fields';
import type { AvailitySettings } from './availity-settings';
import type { AvailityTokenClient } from './availity-token.client';
import { retryAfterMs, type Deadline, type Timing } from './poll-timing';

/** A coverage document as Availity sends it (`Coverage` / `CoverageSummary`). */
export type CoverageJson = Readonly<Record<string, unknown>>;

/** What the coverages client needs. */
export interface CoveragesClientDeps {
  readonly http: PluginHttpClient;
  readonly settings: AvailitySettings;
  readonly timing: Timing;
  readonly tokens: AvailityTokenClient;
}

/**
 * `POST /coverages` and `GET /coverages/{id}` with the bearer token: a 401 fetches a new token once and retries, a 429
 * waits for `Retry-After` while the deadline allows. Answers the coverage document of a 200 or 202 (a 202 without a
 * status in its body is read as "in progress" at the id its `Location` header names); every other answer is an
 * {@link ExternalServiceError} saying whether to retry.
 */
export class AvailityCoveragesClient {
  private readonly coveragesUrl: string;

  constructor(private readonly deps: CoveragesClientDeps) {
    this.coveragesUrl = new URL(deps.settings.coveragesPath, deps.settings.baseUrl).toString();
  }

  /** Starts a coverage request from a form body. */
  async create(form: URLSearchParams, deadline: Deadline): Promise<CoverageJson> {
    return this.send(this.coveragesUrl, { method: 'POST', body: form.toString(), contentType: 'application/x-www-form-urlencoded' }, deadline);
  }

  /** Reads a coverage request by its id. */
  async get(id: string, deadline: Deadline): Promise<CoverageJson> {
    return this.send(`${this.coveragesUrl}/${encodeURIComponent(id)}`, { method: 'GET' }, deadline);
  }

  private async send(url: string, call: { method: 'GET' | 'POST'; body?: string; contentType?: string }, deadline: Deadline): Promise<CoverageJson> {
    const { settings, tokens, http, timing } = this.deps;
    let token = await tokens.token();
    let refreshed = false;
    for (;;) {
      const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
      if (call.contentType) headers['content-type'] = call.contentType;
      if (settings.mockScenarioId) headers[AVAILITY_HEADERS.mockScenario] = settings.mockScenarioId;
      const response = await http.request(url, { method: call.method, headers, body: call.body, timeoutMs: settings.requestTimeoutMs });
      if (response.status === 401 && !refreshed) {
        token = await tokens.refresh();
        refreshed = true;
        continue;
      }
      if (response.status === 429) {
        const wait = retryAfterMs(response.headers[AVAILITY_HEADERS.retryAfter], timing.now()) ?? settings.pollIntervalMs;
        if (!deadline.allows(wait)) throw new ExternalServiceError('Availity rate limit reached (HTTP 429)', 'availity', true, wait);
        await timing.sleep(wait);
        continue;
      }
      return readCoverage(response);
    }
  }
}

function readCoverage(response: PluginHttpResponse): CoverageJson {
  const { status } = response;
  if (status === 200 || status === 202) {
    const parsed = parseJson(response.body);
    const located = status === 202 ? idFromLocation(response.headers[AVAILITY_HEADERS.location]) : undefined;
    if ((!parsed || typeof parsed[COVERAGE_JSON.statusCode] !== 'string') && located) {
      return { [COVERAGE_JSON.id]: located, [COVERAGE_JSON.statusCode]: COVERAGE_STATUS_CODES.inProgress };
    }
    if (!parsed || typeof parsed[COVERAGE_JSON.statusCode] !== 'string') {
      throw new ExternalServiceError(`Availity answered HTTP ${status} without a coverage statusCode`, 'availity', true);
    }
    return parsed;
  }
  if (status === 400) {
    const errors = parseJson(response.body)?.[MESSAGE_JSON.errors];
    const fields = Array.isArray(errors) ? errors.map((e) => (e as Record<string, unknown>)[MESSAGE_JSON.field]).filter((f) => typeof f === 'string') : [];
    const which = fields.length > 0 ? `: ${[...new Set(fields)].join(', ')}` : '';
    return fail(`Availity refused the coverage request (HTTP 400)${which}`, false);
  }
  if (status === 401) return fail('Availity refused a freshly issued access token (HTTP 401)', false);
  if (status === 403) return fail('Availity refused access (HTTP 403): is the application subscribed to the Coverages API?', false);
  if (status === 404) return fail('Availity no longer knows this coverage request (HTTP 404)', false);
  return fail(`Availity answered HTTP ${status}`, status >= 500 || status === 408);
}

/** The coverage id at the end of a `Location` header (a path or a URL). */
function idFromLocation(location: string | undefined): string | undefined {
  const id = location?.trim().replace(/[?#].*$/, '').split('/').filter(Boolean).pop();
  return id ? decodeURIComponent(id) : undefined;
}

function fail(message: string, retryable: boolean): never {
  throw new ExternalServiceError(message, 'availity', retryable);
}

function parseJson(body: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
