import type { output, ZodType } from 'zod';
import { systemContext, type RequestContext } from '../context/request-context';
import { ExternalServiceError, ForbiddenError, ValidationError } from '../errors/errors';
import { allowedHosts, assertEventDeclared, assertMailDeclared, assertQueryDeclared, isHostAllowed } from '../plugin/capabilities';
import type { OpenRcmEvent, OpenRcmEventMap, OpenRcmEventName } from '../events/event-map';
import type { ExtensionPointId, ExtensionPointMap } from '../extensions/extension-points';
import type { PluginDefinition } from '../plugin/define-plugin';
import type { PluginContext } from '../plugin/plugin-context';
import type { PluginHttpRequest, PluginHttpResponse, PluginMailMessage } from '../plugin/plugin-services';
import { parsePluginSettings } from '../plugin/settings-validation';

/** One line a plugin logged in a harness. @public */
export interface HarnessLogEntry {
  /** The logger method the plugin called. */
  readonly level: 'debug' | 'info' | 'warn' | 'error';
  /** The message as logged. */
  readonly message: string;
  /** The structured fields, when the plugin passed any. */
  readonly fields?: Readonly<Record<string, unknown>>;
}

/** Options of {@link createPluginHarness}. @public */
export interface PluginHarnessOptions {
  /** The organization the plugin is registered for (default `org-test`). */
  readonly organizationId?: string;
  /** Raw settings, validated against the plugin's schema exactly as core does. */
  readonly settings?: unknown;
  /** Environment variables that secret references resolve from. */
  readonly env?: Readonly<Record<string, string>>;
  /** The clock's time (fixed). */
  readonly now?: Date;
  /** Answers the plugin's HTTP requests; unanswered requests fail as a retryable ExternalServiceError. */
  readonly http?: (url: string, request: PluginHttpRequest) => Promise<PluginHttpResponse> | PluginHttpResponse;
}

/** A plugin registered against fake services, for tests without core. @public */
export interface PluginHarness {
  /** A system request context for the harness's organization, to pass to contributed implementations. */
  readonly context: RequestContext;
  /** Every line the plugin logged, in order. */
  readonly logs: readonly HarnessLogEntry[];
  /** The plugin's state store, by key. */
  readonly state: ReadonlyMap<string, unknown>;
  /** Jobs the plugin enqueued, in order; a repeated name and idempotency key is recorded once. */
  readonly enqueued: readonly {
    /** The job's name. */
    readonly name: string;
    /** The payload it was enqueued with. */
    readonly payload: unknown;
    /** The idempotency key it was enqueued with. */
    readonly idempotencyKey: string;
  }[];
  /** HTTP requests the plugin made to allowed hosts, in order. */
  readonly httpRequests: readonly {
    /** The URL requested. */
    readonly url: string;
    /** The request as the plugin made it. */
    readonly request: PluginHttpRequest;
  }[];
  /** Emails the plugin sent through `context.mail`, in order. */
  readonly mail: readonly PluginMailMessage[];
  /** Every implementation the plugin contributed to an extension point. */
  contributions<K extends ExtensionPointId>(point: K): readonly ExtensionPointMap[K][];
  /** Runs a job handler the plugin defined, as a worker would. */
  runJob(name: string, payload: unknown): Promise<void>;
  /** Delivers an event to the plugin's subscribers. */
  emit<N extends OpenRcmEventName>(name: N, payload: OpenRcmEventMap[N]): Promise<void>;
}

/**
 * Runs a plugin's `register` against in-memory services and returns what it contributed.
 * @public
 */
export async function createPluginHarness<S extends ZodType>(
  plugin: PluginDefinition<S>,
  options: PluginHarnessOptions = {},
): Promise<PluginHarness> {
  const organizationId = options.organizationId ?? 'org-test';
  const now = options.now ?? new Date('2026-01-15T15:00:00Z');
  const logs: HarnessLogEntry[] = [];
  const state = new Map<string, unknown>();
  const enqueued: { name: string; payload: unknown; idempotencyKey: string }[] = [];
  const httpRequests: { url: string; request: PluginHttpRequest }[] = [];
  const mail: PluginMailMessage[] = [];
  const contributions = new Map<ExtensionPointId, unknown[]>();
  const jobs = new Map<string, (context: RequestContext, payload: never) => Promise<void>>();
  const subscribers = new Map<string, ((event: OpenRcmEvent) => Promise<void>)[]>();
  const context = systemContext(organizationId, 'harness', `plugin:${plugin.id}`);
  const log = (level: HarnessLogEntry['level']) => (message: string, fields?: Readonly<Record<string, unknown>>) => {
    logs.push(fields ? { level, message, fields } : { level, message });
  };

  const settings = parsePluginSettings(plugin.id, plugin.settings, options.settings);
  const hosts = allowedHosts(plugin.capabilities, settings);
  const pluginContext: PluginContext<output<S>> = {
    pluginId: plugin.id,
    organizationId,
    settings,
    logger: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
    secrets: {
      resolve(ref) {
        const value = options.env?.[ref.env];
        if (value === undefined) throw new ValidationError([{ field: ref.env, message: 'environment variable is not set' }]);
        return value;
      },
    },
    state: {
      get: async <T>(key: string) => state.get(key) as T | undefined,
      set: async (key, value) => void state.set(key, structuredClone(value)),
      delete: async (key) => void state.delete(key),
    },
    http: {
      async request(url, request = {}) {
        if (!isHostAllowed(new URL(url), hosts)) {
          throw new ForbiddenError(`plugin "${plugin.id}" may not call ${new URL(url).host}: declare it in capabilities.http.hosts`);
        }
        httpRequests.push({ url, request });
        if (!options.http) throw new ExternalServiceError(`no HTTP answer configured for ${url}`, 'harness', true);
        return options.http(url, request);
      },
    },
    jobs: {
      define: (name, handler) => void jobs.set(name, handler as (context: RequestContext, payload: never) => Promise<void>),
      enqueue: async (name, payload, { idempotencyKey }) => {
        if (!enqueued.some((job) => job.name === name && job.idempotencyKey === idempotencyKey)) {
          enqueued.push({ name, payload, idempotencyKey });
        }
      },
    },
    events: {
      on: (name, handler) => {
        assertEventDeclared(plugin.id, plugin.capabilities, name);
        subscribers.set(name, [...(subscribers.get(name) ?? []), handler as (event: OpenRcmEvent) => Promise<void>]);
      },
    },
    query: {
      organization: async () => {
        assertQueryDeclared(plugin.id, plugin.capabilities, 'organization');
        return { id: organizationId, name: 'Harness Clinic', timeZone: 'America/New_York' };
      },
    },
    mail: {
      async send(message) {
        assertMailDeclared(plugin.id, plugin.capabilities);
        mail.push(message);
        return { messageId: `<harness-${mail.length}@openrcm.local>` };
      },
    },
    clock: { now: () => new Date(now), today: () => now.toISOString().slice(0, 10) },
    contribute: (point, implementation) => {
      contributions.set(point, [...(contributions.get(point) ?? []), implementation]);
    },
  };

  await plugin.register(pluginContext);

  return {
    context,
    logs,
    state,
    enqueued,
    httpRequests,
    mail,
    contributions: <K extends ExtensionPointId>(point: K) => (contributions.get(point) ?? []) as ExtensionPointMap[K][],
    async runJob(name, payload) {
      const handler = jobs.get(name);
      if (!handler) throw new ValidationError([{ field: 'job', message: `plugin ${plugin.id} defines no job "${name}"` }]);
      await handler(context, payload as never);
    },
    async emit(name, payload) {
      const event: OpenRcmEvent = { id: `event-${name}`, name, organizationId, correlationId: 'harness', occurredAt: new Date(now), payload };
      for (const handler of subscribers.get(name) ?? []) await handler(event);
    },
  };
}
