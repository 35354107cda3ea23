import { ExternalServiceError, type PluginHttpClient, type PluginStateStore, type SecretResolver } from '@openrcm/sdk';
import { AVAILITY_HEADERS, TOKEN_FIELDS } from './availity-fields';
import type { AvailitySettings } from './availity-settings';
import { retryAfterMs, type Timing } from './poll-timing';

/** The state-store key of the cached token (the store is already scoped to the plugin and organization). */
export const TOKEN_STATE_KEY = 'availity-token';

/** A cached access token; `refreshAtMs` is some time before Availity's `expires_in` runs out. */
export interface CachedToken {
  /** The bearer token. */
  readonly accessToken: string;
  /** When to fetch a new one (milliseconds since the epoch). */
  readonly refreshAtMs: number;
  /** The client and URL it was issued for: a settings change does not reuse another client's token. */
  readonly clientId: string;
  /** The token endpoint it came from. */
  readonly tokenUrl: string;
}

/** What the token client needs from the plugin context. */
export interface TokenClientDeps {
  readonly http: PluginHttpClient;
  readonly state: PluginStateStore;
  readonly secrets: SecretResolver;
  readonly settings: AvailitySettings;
  readonly timing: Timing;
}

/**
 * OAuth2 client credentials against Availity's token endpoint, the token cached per organization in the plugin's
 * state store and fetched again before `expires_in` runs out (a tenth of the lifetime early, at most a minute).
 */
export class AvailityTokenClient {
  private readonly tokenUrl: string;

  constructor(private readonly deps: TokenClientDeps) {
    this.tokenUrl = new URL(deps.settings.tokenPath, deps.settings.baseUrl).toString();
  }

  /** A live access token, from the cache when it has one. */
  async token(): Promise<string> {
    const cached = await this.deps.state.get<CachedToken>(TOKEN_STATE_KEY);
    const usable = cached && cached.clientId === this.deps.settings.clientId && cached.tokenUrl === this.tokenUrl;
    if (usable && cached.refreshAtMs > this.deps.timing.now()) return cached.accessToken;
    return this.refresh();
  }

  /** Fetches a new token (after a 401, or when the cached one is due) and caches it. */
  async refresh(): Promise<string> {
    const { settings, secrets, http, timing } = this.deps;
    const body = new URLSearchParams({
      [TOKEN_FIELDS.grantType]: TOKEN_FIELDS.grantTypeValue,
      [TOKEN_FIELDS.clientId]: settings.clientId,
      [TOKEN_FIELDS.clientSecret]: secrets.resolve(settings.clientSecret),
      [TOKEN_FIELDS.scope]: settings.scope,
    });
    const response = await http.request(this.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: body.toString(),
      timeoutMs: settings.requestTimeoutMs,
    });
    if (response.status !== 200) throw tokenRefused(response.status, retryAfterMs(response.headers[AVAILITY_HEADERS.retryAfter], timing.now()));
    const { accessToken, expiresInSeconds } = readToken(response.body);
    const lifetimeMs = expiresInSeconds * 1000;
    const refreshAtMs = timing.now() + lifetimeMs - Math.min(60_000, lifetimeMs / 10);
    await this.deps.state.set(TOKEN_STATE_KEY, { accessToken, refreshAtMs, clientId: settings.clientId, tokenUrl: this.tokenUrl } satisfies CachedToken);
    return accessToken;
  }
}

function readToken(body: string): { accessToken: string; expiresInSeconds: number } {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(body) as Record<string, unknown>;
  } catch {
    throw new ExternalServiceError('Availity token endpoint answered something other than JSON', 'availity', true);
  }
  const accessToken = parsed[TOKEN_FIELDS.accessToken];
  const expiresIn = Number(parsed[TOKEN_FIELDS.expiresIn]);
  if (typeof accessToken !== 'string' || !accessToken || !Number.isFinite(expiresIn) || expiresIn <= 0) {
    throw new ExternalServiceError('Availity token answer lacks access_token or expires_in', 'availity', true);
  }
  return { accessToken, expiresInSeconds: expiresIn };
}

function tokenRefused(status: number, retryAfter: number | undefined): ExternalServiceError {
  if (status === 400 || status === 401 || status === 403) {
    return new ExternalServiceError(`Availity refused the client credentials (HTTP ${status}): check clientId, the client secret and scope`, 'availity', false);
  }
  const retryable = status === 429 || status >= 500;
  return new ExternalServiceError(`Availity token endpoint answered HTTP ${status}`, 'availity', retryable, retryAfter);
}
