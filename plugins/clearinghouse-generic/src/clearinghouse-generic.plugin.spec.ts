import { createPluginHarness } from '@openrcm/sdk/testing';
import { encodeMultipart } from './multipart.codec';
import { plugin } from './clearinghouse-generic.plugin';
import { clearinghouseGenericSettings } from './settings.schema';

const SETTINGS = { endpointUrl: 'https://rt.example.com/core', senderId: 'S1', receiverId: 'R1', auth: { type: 'bearer', token: { env: 'TOKEN' } } };
const FOLDER = { type: 'folder', outbox: '/tmp/none/out', inbox: '/tmp/none/in' };
const HTTPS = { type: 'https', url: 'https://batch.example.com:8443/claims', auth: { type: 'bearer', token: { env: 'TOKEN' } } };
const answer = (fields: Record<string, string>) => ({
  status: 200,
  headers: { 'content-type': 'multipart/form-data; boundary=z' },
  body: encodeMultipart(Object.entries(fields).map(([name, value]) => ({ name, value })), 'z'),
});

describe('the clearinghouse-generic plugin', () => {
  it('contributes a real-time connector from the flat settings: eligibility and claim status on, batches and inbound documents off', async () => {
    const harness = await createPluginHarness(plugin, { settings: SETTINGS, env: { TOKEN: 't' } });
    const [connector] = harness.contributions('clearinghouse-connector');
    expect(connector?.id).toBe('clearinghouse-generic');
    expect(connector?.capabilities).toEqual({ submitClaims: false, receiveDocuments: false, realTimeEligibility: true, claimStatus: true });
    expect(await connector?.submitBatch(harness.context, { batchId: 'b', fileName: 'f', x12: '', claimIds: [] })).toEqual({
      status: 'EXCEPTION', message: 'clearinghouse-generic: batch submission (transport) is not configured', retryable: false,
    });
  });

  it.each([
    [{ transport: FOLDER }, { submitClaims: true, receiveDocuments: true, realTimeEligibility: false, claimStatus: false }],
    [{ transport: HTTPS }, { submitClaims: true, receiveDocuments: false, realTimeEligibility: false, claimStatus: false }],
    [{ realTime: SETTINGS, transport: FOLDER }, { submitClaims: true, receiveDocuments: true, realTimeEligibility: true, claimStatus: true }],
  ])('declares capabilities from the configuration (%j)', async (settings, capabilities) => {
    const harness = await createPluginHarness(plugin, { settings, env: { TOKEN: 't' } });
    const [connector] = harness.contributions('clearinghouse-connector');
    expect(connector?.capabilities).toEqual(capabilities);
    if (!capabilities.realTimeEligibility) {
      expect(await connector?.checkEligibility?.(harness.context, 'ISA~')).toEqual({ status: 'EXCEPTION', message: 'clearinghouse-generic: real-time eligibility (realTime) is not configured', retryable: false });
    }
  });

  it('sends a 276 with its own PayloadType and answers the 277 of the envelope', async () => {
    const harness = await createPluginHarness(plugin, {
      settings: SETTINGS, env: { TOKEN: 't' },
      http: () => answer({ PayloadType: 'X12_277_Response_005010X212', ProcessingMode: 'RealTime', ErrorCode: 'Success', Payload: 'ISA*277~' }),
    });
    const [connector] = harness.contributions('clearinghouse-connector');
    expect(await connector?.checkClaimStatus?.(harness.context, 'ISA*276~')).toEqual({ status: 'SUCCESS', value: 'ISA*277~' });
    const request = harness.httpRequests[0]!;
    expect(request.url).toBe('https://rt.example.com/core');
    expect(request.request).toMatchObject({ method: 'POST', headers: { authorization: 'Bearer t' }, timeoutMs: 25_000 });
    expect(request.request.body).toContain('name="PayloadType"\r\n\r\nX12_276_Request_005010X212\r\n');
  });

  it('answers a body that is not a MIME envelope as a non-retryable exception', async () => {
    const harness = await createPluginHarness(plugin, { settings: SETTINGS, env: { TOKEN: 't' }, http: () => ({ status: 200, headers: { 'content-type': 'text/html' }, body: '<html>' }) });
    const [connector] = harness.contributions('clearinghouse-connector');
    expect(await connector?.checkEligibility?.(harness.context, 'ISA~')).toEqual({ status: 'EXCEPTION', message: 'the answer (HTTP 200) is not a CORE MIME multipart envelope', retryable: false });
  });

  it('declares only the endpoint\'s and the HTTPS transport\'s hosts, with their ports when they have one', () => {
    const hosts = plugin.capabilities?.http?.hosts;
    if (typeof hosts !== 'function') throw new Error('the hosts must derive from the settings');
    expect(hosts(clearinghouseGenericSettings.parse(SETTINGS))).toEqual(['rt.example.com']);
    expect(hosts(clearinghouseGenericSettings.parse({ ...SETTINGS, endpointUrl: 'http://127.0.0.1:4010/core' }))).toEqual(['127.0.0.1:4010']);
    expect(hosts(clearinghouseGenericSettings.parse({ realTime: SETTINGS, transport: HTTPS }))).toEqual(['rt.example.com', 'batch.example.com:8443']);
    expect(hosts(clearinghouseGenericSettings.parse({ transport: FOLDER }))).toEqual([]);
  });

  it('refuses settings it cannot use, naming each', async () => {
    await expect(createPluginHarness(plugin, { settings: { ...SETTINGS, endpointUrl: 'http://rt.example.com/core' } })).rejects.toThrow(
      'plugins.clearinghouse-generic.settings.realTime.endpointUrl: must be an https URL (plain http only to localhost, for the simulator)',
    );
    await expect(createPluginHarness(plugin, { settings: { ...SETTINGS, senderId: '', timeoutMs: 10 } })).rejects.toThrow(/settings\.realTime\.senderId.*settings\.realTime\.timeoutMs/);
    await expect(createPluginHarness(plugin, { settings: { ...SETTINGS, auth: { type: 'basic', username: 'u', password: 'plain-text' } } })).rejects.toThrow(/settings\.realTime\.auth\.password/);
  });
});
