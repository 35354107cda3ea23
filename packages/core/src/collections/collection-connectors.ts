import { Injectable } from '@nestjs/common';
import { ConflictError, type CollectionAgencyConnector } from '@openrcm/sdk';
import { PluginHost } from '../plugins/plugin-host.service';

/** Finds the organization's collection agency connector: the one the settings name, or the only one enabled. */
@Injectable()
export class CollectionConnectors {
  constructor(private readonly plugins: PluginHost) {}

  resolve(organizationId: string, connectorId: string | null): CollectionAgencyConnector {
    const connectors = this.plugins.contributions(organizationId, 'collection-agency-connector');
    if (connectorId) {
      const named = connectors.find((connector) => connector.id === connectorId);
      if (!named) throw new ConflictError(`the collection agency connector "${connectorId}" of the collection settings is not enabled for this organization`);
      return named;
    }
    if (connectors.length === 0) throw new ConflictError('no collection agency connector is enabled for this organization: enable the collections plugin');
    if (connectors.length > 1) throw new ConflictError(`more than one collection agency connector is enabled (${connectors.map((c) => c.id).join(', ')}): name one in the collection settings`);
    return connectors[0] as CollectionAgencyConnector;
  }

}
