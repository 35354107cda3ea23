import { createPluginHarness } from '@openrcm/sdk/testing';
import { plugin } from './collections.plugin';

const settings = { agencyName: 'Acme Recovery', layout: 'csv', paymentsReported: 'gross', delivery: { type: 'folder', outbound: '/srv/agency/out', inbound: '/srv/agency/in' } };
const collector = {
  name: 'Acme Recovery LLC', address: ['1 Main St', 'Dover, DE 19901'], phone: '800-555-0100', hours: 'Monday–Friday 9 a.m.–5 p.m. Eastern',
  electronicDisputeAddress: 'disputes@acme-recovery.example',
};

const connectorOf = async (overrides: Record<string, unknown>) => {
  const harness = await createPluginHarness(plugin, { settings: { ...settings, ...overrides } });
  const [connector] = harness.contributions('collection-agency-connector');
  return { harness, connector: connector! };
};

describe('the collections plugin', () => {
  it('contributes one collection agency connector with every optional method', async () => {
    const { connector } = await connectorOf({});
    expect(connector.id).toBe('collections');
    expect([connector.fetchActivityFiles, connector.readActivityFile, connector.validationNoticeSender, connector.reportDirectPayments].every((method) => typeof method === 'function')).toBe(true);
  });

  it('names no collector when the agency sends its own validation notices', async () => {
    const { harness, connector } = await connectorOf({ collector });
    expect(await connector.validationNoticeSender!(harness.context)).toBeNull();
  });

  it('names the configured collector when OpenRCM sends the notices on the agency\'s behalf', async () => {
    const { harness, connector } = await connectorOf({ noticesSentBy: 'openrcm', collector });
    expect(await connector.validationNoticeSender!(harness.context)).toEqual(collector);
  });
});
