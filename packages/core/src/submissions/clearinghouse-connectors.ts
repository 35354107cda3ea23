import { Injectable } from '@nestjs/common';
import type { ClearinghouseConnector } from '@openrcm/sdk';
import { PluginHost } from '../plugins/plugin-host.service';

/** A connector and the plugin that contributes it. */
export interface PluginConnector {
  readonly pluginId: string;
  readonly connector: ClearinghouseConnector;
}

/** Finds an organization's clearinghouse connectors by what they declare they can do. */
@Injectable()
export class ClearinghouseConnectors {
  constructor(private readonly host: PluginHost) {}

  /** The connector of `pluginId` that submits claims for the organization, when that plugin is enabled there and has one. */
  submitterOf(organizationId: string, pluginId: string): ClearinghouseConnector | undefined {
    return this.host.contributionsOf(organizationId, pluginId, 'clearinghouse-connector').find((connector) => connector.capabilities.submitClaims);
  }

  /** Every connector of `pluginId` in the organization (none when that plugin is not enabled there). */
  of(organizationId: string, pluginId: string): ClearinghouseConnector[] {
    return this.host.contributionsOf(organizationId, pluginId, 'clearinghouse-connector');
  }

  /** Every enabled connector of the organization that brings back documents. */
  receivers(organizationId: string): PluginConnector[] {
    return this.host
      .loaded()
      .flatMap((plugin) =>
        this.host.contributionsOf(organizationId, plugin.definition.id, 'clearinghouse-connector').map((connector) => ({ pluginId: plugin.definition.id, connector })),
      )
      .filter(({ connector }) => connector.capabilities.receiveDocuments && typeof connector.fetchInbound === 'function');
  }
}
