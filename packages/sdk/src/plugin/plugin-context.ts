import type { ExtensionPointId, ExtensionPointMap } from '../extensions/extension-points';
import type {
  BillingQueryApi,
  Clock,
  PluginEvents,
  PluginHttpClient,
  PluginJobs,
  PluginLogger,
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
  readonly pluginId: string;
  readonly organizationId: string;
  readonly settings: S;
  readonly logger: PluginLogger;
  readonly secrets: SecretResolver;
  readonly state: PluginStateStore;
  readonly http: PluginHttpClient;
  readonly jobs: PluginJobs;
  readonly events: PluginEvents;
  readonly query: BillingQueryApi;
  readonly clock: Clock;
  /** Adds an implementation of an extension point for this organization. */
  contribute<K extends ExtensionPointId>(point: K, implementation: ExtensionPointMap[K]): void;
}
