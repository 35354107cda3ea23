import type { RequestContext } from '../context/request-context';
import type { OpenRcmEvent, OpenRcmEventName } from '../events/event-map';

/** Structured logging; core tags every line with the plugin id and never logs PHI for you. @public */
export interface PluginLogger {
  debug(message: string, fields?: Readonly<Record<string, unknown>>): void;
  info(message: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void;
  error(message: string, fields?: Readonly<Record<string, unknown>>): void;
}

/** A reference to a secret held in an environment variable, never stored in the database in clear. @public */
export interface SecretRef {
  readonly env: string;
}

/** Resolves secret references at the moment they are needed. @public */
export interface SecretResolver {
  /** The secret's value; throws a ValidationError naming the variable when it is not set. */
  resolve(ref: SecretRef): string;
}

/** A key-value store scoped to the plugin and the organization, for integration state (tokens, cursors). @public */
export interface PluginStateStore {
  get<T = unknown>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

/** An HTTP request made by a plugin. @public */
export interface PluginHttpRequest {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Abort after this many milliseconds (default 30 000). */
  readonly timeoutMs?: number;
}

/** An HTTP response. @public */
export interface PluginHttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * HTTP for plugins: TLS only (plain http is refused except to loopback, for tests and simulators), with a timeout.
 * A network failure or timeout throws ExternalServiceError with `retryable: true`.
 * @public
 */
export interface PluginHttpClient {
  request(url: string, request?: PluginHttpRequest): Promise<PluginHttpResponse>;
}

/** Options of a job definition. @public */
export interface PluginJobOptions {
  /** Attempts before the job is listed as failed (default 5), with exponential backoff between them. */
  readonly maxAttempts?: number;
}

/** Options of one enqueued job. @public */
export interface EnqueueOptions {
  /** The same key for the same organization and job name is enqueued, and its effect applied, once. */
  readonly idempotencyKey: string;
  readonly delayMs?: number;
}

/** Background jobs, namespaced by plugin id; handlers must be idempotent. @public */
export interface PluginJobs {
  define<P>(name: string, handler: (context: RequestContext, payload: P) => Promise<void>, options?: PluginJobOptions): void;
  enqueue<P>(name: string, payload: P, options: EnqueueOptions): Promise<void>;
}

/**
 * Event subscriptions. Delivery is after commit and at most once per process; work that must happen belongs in a job
 * enqueued from the handler (with the event id as idempotency key).
 * @public
 */
export interface PluginEvents {
  on<N extends OpenRcmEventName>(name: N, handler: (event: OpenRcmEvent<N>) => Promise<void>): void;
}

/** Read-only queries over billing data (grows with each release). @public */
export interface BillingQueryApi {
  organization(): Promise<{ readonly id: string; readonly name: string; readonly timeZone: string }>;
}

/** Time, injectable so plugins are testable. @public */
export interface Clock {
  now(): Date;
  /** Today's calendar date (ISO) in the organization's time zone. */
  today(): string;
}
