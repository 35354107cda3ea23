import type { ExtensionPointId, OpenRcmEvent, PluginJobOptions, RequestContext } from '@openrcm/sdk';

/** A job handler a plugin defined. */
export interface PluginJobDefinition {
  readonly handler: (context: RequestContext, payload: unknown) => Promise<void>;
  readonly options: PluginJobOptions;
}

/** What one plugin contributed for one organization, from one call of its `register`. */
export class PluginRegistration {
  readonly contributions = new Map<ExtensionPointId, object[]>();
  readonly jobs = new Map<string, PluginJobDefinition>();
  readonly subscribers = new Map<string, ((event: OpenRcmEvent) => Promise<void>)[]>();

  constructor(
    readonly pluginId: string,
    readonly organizationId: string,
  ) {}

  addContribution(point: ExtensionPointId, implementation: object): void {
    this.contributions.set(point, [...(this.contributions.get(point) ?? []), implementation]);
  }

  addSubscriber(name: string, handler: (event: OpenRcmEvent) => Promise<void>): void {
    this.subscribers.set(name, [...(this.subscribers.get(name) ?? []), handler]);
  }
}

/** The job name under which core stores a plugin's job. */
export function pluginJobName(pluginId: string, name: string): string {
  return `plugin:${pluginId}:${name}`;
}

/** Splits a stored plugin job name into the plugin id and the plugin's own job name. */
export function parsePluginJobName(jobName: string): { pluginId: string; name: string } | undefined {
  const match = /^plugin:([^:]+):(.+)$/.exec(jobName);
  return match ? { pluginId: match[1] as string, name: match[2] as string } : undefined;
}
