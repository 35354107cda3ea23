import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ConflictError, type ClearinghouseConnector, type EligibilityProvider, type RequestContext } from '@openrcm/sdk';
import { Organization } from '../../organizations/organization.entity';
import type { Payer } from '../../payers/payer.entity';
import { currentEntityManager } from '../../persistence/current-entity-manager';
import { PluginHost } from '../../plugins/plugin-host.service';
import { DatabaseControlNumberSequence } from '../../x12/database-control-number.sequence';
import { X12EligibilityProvider } from '../x12/x12-eligibility.provider';

/** An eligibility provider and the name results record it under (`<plugin id>/<provider id>`). */
export interface ResolvedEligibilityProvider {
  readonly provider: EligibilityProvider;
  readonly source: string;
}

/**
 * Finds who checks a payer's coverage: the eligibility plugin the payer names, enabled in the organization; else, when
 * the payer's clearinghouse connector sends real-time 270s, a 270/271 exchange through it (the interchange from the
 * organization's X12 submitter id to the payer's id).
 */
@Injectable()
export class EligibilityProviderResolver {
  constructor(
    private readonly orm: MikroORM,
    private readonly plugins: PluginHost,
  ) {}

  async resolve(context: RequestContext, payer: Payer): Promise<ResolvedEligibilityProvider> {
    if (payer.eligibilityPluginId) {
      const [provider] = this.plugins.contributionsOf(context.organizationId, payer.eligibilityPluginId, 'eligibility-provider');
      if (!provider) throw new ConflictError(`the eligibility plugin ${payer.eligibilityPluginId} of ${payer.name} is not enabled in this organization`);
      return { provider, source: `${payer.eligibilityPluginId}/${provider.id}` };
    }
    const connector = payer.clearinghousePluginId ? this.realTimeConnector(context, payer.clearinghousePluginId) : undefined;
    if (!payer.clearinghousePluginId || !connector) {
      throw new ConflictError(
        `${payer.name} has no eligibility connector: check by phone or portal and record the result, or set the payer's eligibility plugin (or a clearinghouse that answers real-time 270s)`,
      );
    }
    const provider = await this.x12Provider(context, payer, connector);
    return { provider, source: `${payer.clearinghousePluginId}/${provider.id}` };
  }

  /** The provider of `source` again (follow-ups), or null when its plugin is no longer enabled. */
  bySource(context: RequestContext, source: string): EligibilityProvider | null {
    const [pluginId, providerId] = source.split('/');
    const providers = this.plugins.contributionsOf(context.organizationId, pluginId ?? '', 'eligibility-provider');
    return providers.find((provider) => provider.id === providerId) ?? null;
  }

  private realTimeConnector(context: RequestContext, pluginId: string): ClearinghouseConnector | undefined {
    const connectors = this.plugins.contributionsOf(context.organizationId, pluginId, 'clearinghouse-connector');
    return connectors.find((connector) => connector.capabilities.realTimeEligibility && connector.checkEligibility);
  }

  private async x12Provider(context: RequestContext, payer: Payer, connector: ClearinghouseConnector): Promise<X12EligibilityProvider> {
    const em = currentEntityManager(this.orm);
    const organization = await em.findOneOrFail(Organization, context.organizationId);
    if (!organization.x12SubmitterId) {
      throw new ConflictError(`set the organization's X12 submitter id (the id ${payer.name}'s clearinghouse assigned) before checking eligibility through it`);
    }
    return new X12EligibilityProvider({
      connector,
      envelope: { sender: { qualifier: 'ZZ', id: organization.x12SubmitterId }, receiver: { qualifier: 'ZZ', id: payer.payerId } },
      sequence: new DatabaseControlNumberSequence(em, context.organizationId),
      payerName: () => payer.name,
      providerName: organization.name,
    });
  }
}
