import { Injectable } from '@nestjs/common';
import { ConflictError, type EligibilityProvider, type RequestContext } from '@openrcm/sdk';
import type { Payer } from '../../payers/payer.entity';
import { PluginHost } from '../../plugins/plugin-host.service';

/** An eligibility provider and the name results record it under (`<plugin id>/<provider id>`). */
export interface ResolvedEligibilityProvider {
  readonly provider: EligibilityProvider;
  readonly source: string;
}

/** Finds who checks a payer's coverage: the eligibility plugin the payer names, enabled in the organization. */
@Injectable()
export class EligibilityProviderResolver {
  constructor(private readonly plugins: PluginHost) {}

  resolve(context: RequestContext, payer: Payer): ResolvedEligibilityProvider {
    if (!payer.eligibilityPluginId) {
      throw new ConflictError(`${payer.name} has no eligibility connector: check by phone or portal and record the result, or set the payer's eligibility plugin`);
    }
    const [provider] = this.plugins.contributionsOf(context.organizationId, payer.eligibilityPluginId, 'eligibility-provider');
    if (!provider) throw new ConflictError(`the eligibility plugin ${payer.eligibilityPluginId} of ${payer.name} is not enabled in this organization`);
    return { provider, source: `${payer.eligibilityPluginId}/${provider.id}` };
  }

  /** The provider of `source` again (follow-ups), or null when its plugin is no longer enabled. */
  bySource(context: RequestContext, source: string): EligibilityProvider | null {
    const [pluginId, providerId] = source.split('/');
    const providers = this.plugins.contributionsOf(context.organizationId, pluginId ?? '', 'eligibility-provider');
    return providers.find((provider) => provider.id === providerId) ?? null;
  }
}
