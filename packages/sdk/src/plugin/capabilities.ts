import type { OpenRcmEventName } from '../events/event-map';
import { ForbiddenError } from '../errors/errors';

/** The read-only queries a plugin may make (each read is audited with the plugin's id). @public */
export type QueryCapability = 'organization';

/**
 * What a plugin needs, declared up front: the administrator sees it before enabling the plugin, and core refuses
 * anything else (an undeclared host, event or query).
 * @public
 */
export interface PluginCapabilities<S = unknown> {
  /**
   * Hosts the plugin may call over HTTP: exact names (`api.availity.com`), with a port when not the default
   * (`127.0.0.1:4010`), or one wildcard label (`*.availity.com`). A function derives them from the organization's
   * settings (a configurable base URL).
   */
  readonly http?: {
    /** The host patterns, or a function of the organization's settings that returns them. */
    readonly hosts: readonly string[] | ((settings: S) => readonly string[]);
  };
  /** Events the plugin subscribes to. */
  readonly events?: readonly OpenRcmEventName[];
  /** Queries the plugin may run. */
  readonly query?: readonly QueryCapability[];
  /** Whether the plugin sends email through the server's mail transport (`context.mail`). */
  readonly mail?: boolean;
}

/** The hosts a plugin may call with these settings. @public */
export function allowedHosts<S>(capabilities: PluginCapabilities<S> | undefined, settings: S): readonly string[] {
  const hosts = capabilities?.http?.hosts ?? [];
  return typeof hosts === 'function' ? hosts(settings) : hosts;
}

/** Whether `url` is on one of the allowed hosts. @public */
export function isHostAllowed(url: URL, hosts: readonly string[]): boolean {
  const withPort = url.port ? `${url.hostname}:${url.port}` : url.hostname;
  return hosts.some((pattern) => {
    const candidate = pattern.includes(':') ? withPort : url.hostname;
    if (pattern.startsWith('*.')) return candidate.endsWith(pattern.slice(1)) && candidate.length > pattern.length - 1;
    return candidate === pattern.toLowerCase();
  });
}

/** Throws when a plugin subscribes to an event it did not declare. @public */
export function assertEventDeclared(pluginId: string, capabilities: Pick<PluginCapabilities, 'events'> | undefined, event: OpenRcmEventName): void {
  if (!capabilities?.events?.includes(event)) {
    throw new ForbiddenError(`plugin "${pluginId}" did not declare the event "${event}" in capabilities.events`);
  }
}

/** Throws when a plugin runs a query it did not declare. @public */
export function assertQueryDeclared(pluginId: string, capabilities: Pick<PluginCapabilities, 'query'> | undefined, query: QueryCapability): void {
  if (!capabilities?.query?.includes(query)) {
    throw new ForbiddenError(`plugin "${pluginId}" did not declare the query "${query}" in capabilities.query`);
  }
}

/** Throws when a plugin sends email without declaring `mail`. @public */
export function assertMailDeclared(pluginId: string, capabilities: Pick<PluginCapabilities, 'mail'> | undefined): void {
  if (capabilities?.mail !== true) {
    throw new ForbiddenError(`plugin "${pluginId}" did not declare mail in its capabilities`);
  }
}
