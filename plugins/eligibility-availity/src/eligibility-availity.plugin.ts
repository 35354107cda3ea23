import { definePlugin } from '@openrcm/sdk';
import { AvailityCoveragesClient } from './availity-coverages.client';
import { AvailityEligibilityProvider } from './availity-eligibility.provider';
import { availitySettings } from './availity-settings';
import { AvailityTokenClient } from './availity-token.client';
import { realTiming } from './poll-timing';

/**
 * Eligibility checks through Availity's Coverages API: contributes the `availity` eligibility provider, calling only
 * the host of the configured base URL.
 */
export const plugin = definePlugin({
  id: 'eligibility-availity',
  version: '0.1.0',
  sdk: '^1.3',
  displayName: 'Availity eligibility',
  settings: availitySettings,
  capabilities: { http: { hosts: (settings) => [new URL(settings.baseUrl).host] } },
  register(ctx) {
    const timing = realTiming;
    const tokens = new AvailityTokenClient({ http: ctx.http, state: ctx.state, secrets: ctx.secrets, settings: ctx.settings, timing });
    const coverages = new AvailityCoveragesClient({ http: ctx.http, settings: ctx.settings, timing, tokens });
    const provider = new AvailityEligibilityProvider({ settings: ctx.settings, coverages, timing, clock: ctx.clock, logger: ctx.logger });
    ctx.contribute('eligibility-provider', provider);
  },
});
