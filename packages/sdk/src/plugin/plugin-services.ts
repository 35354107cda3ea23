import type { RequestContext } from '../context/request-context';
import type { OpenRcmEvent, OpenRcmEventName } from '../events/event-map';

/** Structured logging; core tags every line with the plugin id and never logs PHI for you. @public */
export interface PluginLogger {
  /** Logs detail useful when troubleshooting, with optional structured fields (never patient data). */
  debug(message: string, fields?: Readonly<Record<string, unknown>>): void;
  /** Logs a normal event, with optional structured fields (never patient data). */
  info(message: string, fields?: Readonly<Record<string, unknown>>): void;
  /** Logs something unexpected that the plugin handled, with optional structured fields (never patient data). */
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void;
  /** Logs a failure, with optional structured fields (never patient data). */
  error(message: string, fields?: Readonly<Record<string, unknown>>): void;
}

/** A reference to a secret held in an environment variable, never stored in the database in clear. @public */
export interface SecretRef {
  /** The name of the environment variable that holds the secret, e.g. `AVAILITY_CLIENT_SECRET`. */
  readonly env: string;
}

/** Resolves secret references at the moment they are needed. @public */
export interface SecretResolver {
  /** The secret's value; throws a ValidationError naming the variable when it is not set. */
  resolve(ref: SecretRef): string;
}

/** A key-value store scoped to the plugin and the organization, for integration state (tokens, cursors). @public */
export interface PluginStateStore {
  /** The value stored under `key`, or `undefined` when there is none. */
  get<T = unknown>(key: string): Promise<T | undefined>;
  /** Stores a JSON-serialisable value under `key`, replacing any previous one. */
  set(key: string, value: unknown): Promise<void>;
  /** Removes `key` and its value. */
  delete(key: string): Promise<void>;
}

/** An HTTP request made by a plugin. @public */
export interface PluginHttpRequest {
  /** The HTTP method (default `GET`). */
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Request headers by name. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The request body, already encoded (JSON, form data, X12 text). */
  readonly body?: string;
  /** Abort after this many milliseconds (default 30 000). */
  readonly timeoutMs?: number;
}

/** An HTTP response. @public */
export interface PluginHttpResponse {
  /** The HTTP status code. */
  readonly status: number;
  /** Response headers by name. */
  readonly headers: Readonly<Record<string, string>>;
  /** The response body as text. */
  readonly body: string;
}

/**
 * HTTP for plugins: TLS only (plain http is refused except to loopback, for tests and simulators), with a timeout.
 * A network failure or timeout throws ExternalServiceError with `retryable: true`.
 * @public
 */
export interface PluginHttpClient {
  /**
   * Sends a request to `url`, whose host must be declared in the plugin's capabilities (else a ForbiddenError).
   * Every HTTP status comes back as a response; network failures and timeouts throw a retryable ExternalServiceError.
   */
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
  /** Run the job no sooner than this many milliseconds from now (default: at once). */
  readonly delayMs?: number;
}

/** Background jobs, namespaced by plugin id; handlers must be idempotent. @public */
export interface PluginJobs {
  /** Defines the handler of the job `name` (during `register`); handlers must be idempotent. */
  define<P>(name: string, handler: (context: RequestContext, payload: P) => Promise<void>, options?: PluginJobOptions): void;
  /** Enqueues the job `name` with a JSON-serialisable payload, once per idempotency key. */
  enqueue<P>(name: string, payload: P, options: EnqueueOptions): Promise<void>;
}

/**
 * Event subscriptions. Delivery is after commit and at most once per process; work that must happen belongs in a job
 * enqueued from the handler (with the event id as idempotency key).
 * @public
 */
export interface PluginEvents {
  /** Subscribes to the event `name`, which must be declared in the plugin's capabilities. */
  on<N extends OpenRcmEventName>(name: N, handler: (event: OpenRcmEvent<N>) => Promise<void>): void;
}

/** Read-only queries over billing data (grows with each release). @public */
export interface BillingQueryApi {
  /** The organization the plugin runs for (needs the `organization` query capability). */
  organization(): Promise<{
    /** The organization's id. */
    readonly id: string;
    /** The organization's name. */
    readonly name: string;
    /** Its IANA time zone, e.g. `America/New_York`. */
    readonly timeZone: string;
  }>;
}

/** One email a plugin sends (e.g. a statement channel). @public */
export interface PluginMailMessage {
  /** The recipients' addresses. */
  readonly to: readonly string[];
  /** The subject line. */
  readonly subject: string;
  /** The plain-text body. */
  readonly text: string;
  /** An HTML body, shown by mail readers that can. */
  readonly html?: string;
  /** Files attached to the message. */
  readonly attachments?: readonly {
    /** The file name the recipient sees. */
    readonly filename: string;
    /** The file's bytes. */
    readonly content: Uint8Array;
    /** Its media type, e.g. `application/pdf`. */
    readonly contentType: string;
  }[];
}

/**
 * Email through the server's own mail transport (SMTP in production, `.eml` files in the embedded outbox), for
 * plugins that declare `mail` in their capabilities. A failure to send throws a retryable `ExternalServiceError`.
 * @public
 */
export interface PluginMail {
  /** Sends one message; returns the transport's message id. */
  send(message: PluginMailMessage): Promise<{
    /** The transport's id of the message (SMTP Message-ID). */
    readonly messageId: string;
  }>;
}

/** Time, injectable so plugins are testable. @public */
export interface Clock {
  /** The current instant. */
  now(): Date;
  /** Today's calendar date (ISO) in the organization's time zone. */
  today(): string;
}
