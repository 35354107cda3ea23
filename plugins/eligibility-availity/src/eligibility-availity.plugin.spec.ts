import { allowedHosts } from '@openrcm/sdk';
import { createPluginHarness } from '@openrcm/sdk/testing';
import { plugin } from './eligibility-availity.plugin';

const required = { clientId: 'client', clientSecret: { env: 'AVAILITY_CLIENT_SECRET' } };

describe('eligibility-availity plugin', () => {
  it('declares the host of the configured base URL only', () => {
    expect(allowedHosts(plugin.capabilities, plugin.settings.parse(required))).toEqual(['api.availity.com']);
    expect(allowedHosts(plugin.capabilities, plugin.settings.parse({ ...required, baseUrl: 'http://127.0.0.1:4010' }))).toEqual(['127.0.0.1:4010']);
  });

  it('contributes the availity eligibility provider with followUp', async () => {
    const harness = await createPluginHarness(plugin, { settings: required });
    const providers = harness.contributions('eligibility-provider');
    expect(providers.map((p) => p.id)).toEqual(['availity']);
    expect(typeof providers[0]?.followUp).toBe('function');
  });

  it('refuses a secret given in clear and names each bad setting', async () => {
    const error: unknown = await createPluginHarness(plugin, {
      settings: { clientId: 'c', clientSecret: 'hunter2', tokenPath: 'v1/token', pollIntervalMs: 0 },
    }).then(() => undefined, (thrown: unknown) => thrown);
    const fields = (error as { issues?: { field: string }[] })?.issues?.map((i) => i.field).sort();
    expect(fields).toEqual(['clientSecret', 'pollIntervalMs', 'tokenPath'].map((f) => `plugins.eligibility-availity.settings.${f}`));
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('an unset secret variable → EXCEPTION naming the variable, not retryable, nothing sent', async () => {
    const harness = await createPluginHarness(plugin, { settings: required, http: () => ({ status: 500, headers: {}, body: '' }) });
    const result = await harness.contributions('eligibility-provider')[0]?.check(harness.context, {
      payerId: 'P', providerNpi: '1234567893', memberId: 'M', patient: { firstName: 'A', lastName: 'B', birthDate: '2000-01-01' }, serviceTypeCode: '30', asOfDate: '2026-01-15',
    });
    expect(result).toMatchObject({ status: 'EXCEPTION', retryable: false, message: expect.stringContaining('AVAILITY_CLIENT_SECRET') });
    expect(harness.httpRequests).toHaveLength(0);
  });
});
