import { definePlugin, type CollectorIdentity, type PluginContext } from '@openrcm/sdk';
import { ActivityInbox } from './activity-inbox';
import { agencyDelivery } from './agency-delivery';
import { createAgencyConnector, type AgencyConnectorParts } from './collections.connector';
import { CSV_LAYOUT, FIXED_WIDTH_LAYOUT } from './layouts';
import { OutboundFiles } from './outbound-files';
import { collectionsSettings, type CollectionsSettings } from './settings.schema';

/** The collector validation notices name when the settings say OpenRCM sends them; `null` when the agency does. */
export function noticeSenderOf(settings: CollectionsSettings): CollectorIdentity | null {
  if (settings.noticesSentBy !== 'openrcm' || !settings.collector) return null;
  const { name, address, phone, hours, electronicDisputeAddress } = settings.collector;
  return { name, address, phone, hours, ...(electronicDisputeAddress ? { electronicDisputeAddress } : {}) };
}

/** The connector's parts for these settings. */
export function connectorParts(ctx: PluginContext<CollectionsSettings>): AgencyConnectorParts {
  const layout = ctx.settings.layout === 'csv' ? CSV_LAYOUT : FIXED_WIDTH_LAYOUT;
  const delivery = agencyDelivery(ctx.settings.delivery, ctx.secrets);
  return {
    layout,
    outbound: new OutboundFiles(delivery, ctx.state, ctx.clock),
    inbox: new ActivityInbox(delivery, layout, ctx.clock, ctx.logger),
    clock: ctx.clock,
    noticeSender: noticeSenderOf(ctx.settings),
    paymentsReported: ctx.settings.paymentsReported,
  };
}

/**
 * The generic collection agency plugin: contributes a `collection-agency-connector` that places and recalls accounts
 * as CSV or fixed-width files over a folder or SFTP (host key pinned), and reads the agency's activity files.
 */
export const plugin = definePlugin({
  id: 'collections',
  version: '1.0.0',
  sdk: '^1.10.0',
  displayName: 'Collection agency (CSV or fixed-width files over a folder or SFTP)',
  settings: collectionsSettings,
  register(ctx) {
    ctx.contribute('collection-agency-connector', createAgencyConnector(connectorParts(ctx)));
  },
});
