import { definePlugin } from '@openrcm/sdk';
import { createGenericConnector } from './clearinghouse-generic.connector';
import { CoreRealtimeClient } from './core-realtime.client';
import { clearinghouseGenericSettings } from './settings.schema';

/**
 * The generic clearinghouse plugin: contributes a `clearinghouse-connector` that sends real-time 270 and 276
 * inquiries to the configured endpoint in the CAQH CORE Connectivity Rule vC2.2.0 MIME multipart envelope.
 */
export const plugin = definePlugin({
  id: 'clearinghouse-generic',
  version: '0.1.0',
  sdk: '^1.3.0',
  displayName: 'Generic clearinghouse (CAQH CORE real-time)',
  settings: clearinghouseGenericSettings,
  capabilities: { http: { hosts: (settings) => [new URL(settings.endpointUrl).host] } },
  register(ctx) {
    const client = new CoreRealtimeClient(ctx.settings, { http: ctx.http, secrets: ctx.secrets, clock: ctx.clock });
    ctx.contribute('clearinghouse-connector', createGenericConnector(client));
  },
});
