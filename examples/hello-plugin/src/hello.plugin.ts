import { definePlugin, secretRef, type ClaimView, type ScrubFinding } from '@openrcm/sdk';
import { z } from 'zod';

const settings = z.object({
  /** Added to the front of every finding, to show settings reaching the plugin. */
  prefix: z.string().min(1).max(20).default('hello'),
  /** Claims charging less than this many cents get a warning. */
  minimumChargeCents: z.number().int().min(0).default(100),
  /** Not used for anything but showing how a secret is referenced. */
  apiKey: secretRef('an API key, read from an environment variable').optional(),
});

/**
 * The example plugin of docs/plugins.md: a scrub rule that reads its settings, a job that counts organizations in
 * the plugin's state, and a subscription that enqueues that job once per event.
 */
export const plugin = definePlugin({
  id: 'hello',
  version: '1.0.0',
  sdk: '^1',
  displayName: 'Hello (example)',
  settings,
  capabilities: { events: ['organization.created'] },
  register(ctx) {
    ctx.contribute('scrub-rule', {
      id: 'hello-minimum-charge',
      description: 'Warns when a claim charges less than the configured minimum',
      async inspect(_context, claim: ClaimView): Promise<ScrubFinding[]> {
        if (claim.totalChargeCents >= ctx.settings.minimumChargeCents) return [];
        return [{ severity: 'warning', field: 'CLM02', message: `${ctx.settings.prefix}: total charge is below the minimum` }];
      },
    });

    ctx.jobs.define<{ organizationId: string }>('count-organization', async () => {
      const seen = (await ctx.state.get<number>('organizations-seen')) ?? 0;
      await ctx.state.set('organizations-seen', seen + 1);
    });

    ctx.events.on('organization.created', async (event) => {
      ctx.logger.info('organization created', { eventId: event.id });
      await ctx.jobs.enqueue('count-organization', { organizationId: event.organizationId }, { idempotencyKey: event.id });
    });
  },
});
