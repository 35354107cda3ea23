import type { ClaimView } from '@openrcm/sdk';
import { createPluginHarness } from '@openrcm/sdk/testing';
import { plugin } from './hello.plugin';

const claim = (totalChargeCents: number): ClaimView => ({
  claimId: 'c1',
  patientControlNumber: 'PCN1',
  payerId: 'P1',
  frequencyCode: '1',
  totalChargeCents,
  diagnosisCodes: ['J0190'],
  lines: [],
});

describe('hello plugin', () => {
  it('warns below the configured minimum, with its prefix', async () => {
    const harness = await createPluginHarness(plugin, { settings: { prefix: 'hi', minimumChargeCents: 5000 } });
    const [rule] = harness.contributions('scrub-rule');
    expect(await rule?.inspect(harness.context, claim(4999))).toEqual([
      { severity: 'warning', field: 'CLM02', message: 'hi: total charge is below the minimum' },
    ]);
    expect(await rule?.inspect(harness.context, claim(5000))).toEqual([]);
  });

  it('enqueues one job per event and counts in its state when the job runs', async () => {
    const harness = await createPluginHarness(plugin);
    await harness.emit('organization.created', { organizationId: 'org-test' });
    await harness.emit('organization.created', { organizationId: 'org-test' });
    expect(harness.enqueued).toHaveLength(1);
    await harness.runJob('count-organization', harness.enqueued[0]?.payload);
    await harness.runJob('count-organization', harness.enqueued[0]?.payload);
    expect(harness.state.get('organizations-seen')).toBe(2);
  });

  it('refuses invalid settings, naming the setting', async () => {
    await expect(createPluginHarness(plugin, { settings: { minimumChargeCents: -1 } })).rejects.toThrow(
      /plugins\.hello\.settings\.minimumChargeCents/,
    );
  });
});
