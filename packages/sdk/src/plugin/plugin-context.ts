import type { ExtensionPointId, ExtensionPointMap } from '../extensions/extension-points';
import type {
  BillingQueryApi,
  Clock,
  PluginEvents,
  PluginHttpClient,
  PluginJobs,
  PluginLogger,
  PluginMail,
  PluginStateStore,
  SecretResolver,
} from './plugin-services';

/**
 * What `register` receives: the plugin's validated settings for one organization, the services a plugin may use,
 * and `contribute` to add implementations of extension points. Core calls `register` once per organization, and
 * again whenever that organization's settings change.
 * @public
 */
export interface PluginContext<S = unknown> {
  /** The plugin's id, as declared in {@link PluginDefinition.id}. */
  readonly pluginId: string;
  /** The organization (tenant) this registration is for. */
  readonly organizationId: string;
  /** The organization's settings, validated against the plugin's schema (defaults applied). */
  readonly settings: S;
  /** Structured logging, tagged with the plugin id and organization. */
  readonly logger: PluginLogger;
  /** Resolves `secretRef` settings from environment variables. */
  readonly secrets: SecretResolver;
  /** Key-value state scoped to the plugin and organization. */
  readonly state: PluginStateStore;
  /** HTTP to the hosts declared in the plugin's capabilities. */
  readonly http: PluginHttpClient;
  /** Background jobs: define handlers and enqueue work. */
  readonly jobs: PluginJobs;
  /** Subscriptions to the events declared in the plugin's capabilities. */
  readonly events: PluginEvents;
  /** Read-only queries over billing data (those declared in the plugin's capabilities). */
  readonly query: BillingQueryApi;
  /** Email through the server's mail transport (needs `mail` in the plugin's capabilities). */
  readonly mail: PluginMail;
  /** The current time and the organization's calendar date. */
  readonly clock: Clock;
  /** Adds an implementation of an extension point for this organization. */
  contribute<K extends ExtensionPointId>(point: K, implementation: ExtensionPointMap[K]): void;
}
