import { definePlugin, type PluginContext } from '@openrcm/sdk';
import { BatchSubmitter, type SubmitterFaults } from './batch-submitter';
import { createGenericConnector, type GenericConnectorParts } from './clearinghouse-generic.connector';
import { CoreRealtimeClient } from './core-realtime.client';
import { InboundFetcher } from './inbound-fetcher';
import { clearinghouseGenericSettings, type ClearinghouseGenericSettings } from './settings.schema';
import { transportOf } from './transports';

/** The hosts the settings make the plugin call over HTTP: the real-time endpoint's and the HTTPS transport's. */
export function declaredHosts(settings: ClearinghouseGenericSettings): string[] {
  const urls = [settings.realTime?.endpointUrl, settings.transport?.type === 'https' ? settings.transport.url : undefined];
  return [...new Set(urls.filter((url): url is string => url !== undefined).map((url) => new URL(url).host))];
}

/** The connector's parts for these settings; `faults` is for tests only. */
export function connectorParts(ctx: PluginContext<ClearinghouseGenericSettings>, faults?: SubmitterFaults): GenericConnectorParts {
  const { realTime, transport } = ctx.settings;
  const batch = transport ? transportOf(transport, { http: ctx.http, secrets: ctx.secrets }) : undefined;
  return {
    ...(realTime ? { realTime: new CoreRealtimeClient(realTime, { http: ctx.http, secrets: ctx.secrets, clock: ctx.clock }) } : {}),
    ...(batch ? { submitter: new BatchSubmitter(batch, ctx.state, ctx.clock, faults) } : {}),
    ...(batch?.receives ? { inbound: new InboundFetcher(batch, ctx.state, ctx.clock, ctx.logger) } : {}),
  };
}

/**
 * The generic clearinghouse plugin: contributes a `clearinghouse-connector` that submits 837P batches and brings
 * back 999, TA1, 277CA, 277, 835 and 271 files over a folder, SFTP or HTTPS transport, and sends real-time 270 and
 * 276 inquiries in the CAQH CORE Connectivity Rule vC2.2.0 MIME multipart envelope — each as configured.
 */
export const plugin = definePlugin({
  id: 'clearinghouse-generic',
  version: '0.2.0',
  sdk: '^1.3.0',
  displayName: 'Generic clearinghouse (folder, SFTP, HTTPS batches; CAQH CORE real-time)',
  settings: clearinghouseGenericSettings,
  capabilities: { http: { hosts: declaredHosts } },
  register(ctx) {
    ctx.contribute('clearinghouse-connector', createGenericConnector(connectorParts(ctx)));
  },
});
