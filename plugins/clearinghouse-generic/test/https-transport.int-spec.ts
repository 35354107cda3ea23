import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ClaimBatch } from '@openrcm/sdk';
import { connectorHarness, crashOnce } from './support/connector-harness';
import { forwardHttp } from '@openrcm/sdk/testing';
import { x837 } from './support/x12-fixtures';

const NOW = new Date('2026-01-15T15:00:00Z');
const ENV = { BATCH_PASSWORD: 'p4ss', BATCH_TOKEN: 'tok' };
const batch = (isa13: number): ClaimBatch => ({ batchId: `batch-${isa13}`, fileName: `837P-${isa13}.x12`, x12: x837(isa13), claimIds: ['c1'] });

interface Received { headers: IncomingMessage['headers']; body: string }

describe('clearinghouse-generic over HTTPS (raw X12 POST), against a local node:http server', () => {
  let server: Server;
  let url: string;
  let received: Received[];
  let statuses: number[];
  beforeEach(async () => {
    received = [];
    statuses = [];
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, body });
        response.writeHead(statuses.shift() ?? 202).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/claims`;
  });
  afterEach(() => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve())));

  const connect = (auth: Record<string, unknown>, faults?: Parameters<typeof connectorHarness>[1]) =>
    connectorHarness({ settings: { transport: { type: 'https', url, auth } }, env: ENV, now: NOW, http: forwardHttp }, faults);

  it('POSTs the 837P as application/edi-x12 with Basic credentials, once for a batch submitted twice', async () => {
    const { harness, connector } = await connect({ type: 'basic', username: 'clinic', password: { env: 'BATCH_PASSWORD' } });
    const first = await connector.submitBatch(harness.context, batch(301));
    expect(first).toEqual({ status: 'SUCCESS', value: { reference: '837P-301.x12', submittedAt: NOW } });
    expect(await connector.submitBatch(harness.context, batch(301))).toEqual(first);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      body: x837(301),
      headers: { 'content-type': 'application/edi-x12', 'x-file-name': '837P-301.x12', authorization: `Basic ${Buffer.from('clinic:p4ss').toString('base64')}` },
    });
  });

  it('answers refused credentials as a non-retryable exception, and a 503 as retryable that a retry sends again', async () => {
    const { harness, connector } = await connect({ type: 'bearer', token: { env: 'BATCH_TOKEN' } });
    statuses.push(401);
    expect(await connector.submitBatch(harness.context, batch(302))).toEqual({ status: 'EXCEPTION', message: 'the clearinghouse refused the credentials (HTTP 401)', retryable: false });
    expect(received[0]!.headers.authorization).toBe('Bearer tok');
    statuses.push(503);
    expect(await connector.submitBatch(harness.context, batch(303))).toEqual({ status: 'EXCEPTION', message: 'the clearinghouse could not take the batch now (HTTP 503)', retryable: true });
    expect(harness.state.get('submission:batch-303')).toMatchObject({ phase: 'intent' });
    expect(await connector.submitBatch(harness.context, batch(303))).toMatchObject({ status: 'SUCCESS' });
    expect(received).toHaveLength(3);
  });

  it('after a crash before the POST, sends once on retry; after a crash during it, refuses to guess', async () => {
    const { harness, connector } = await connect({ type: 'none' }, { afterIntent: crashOnce() });
    await expect(connector.submitBatch(harness.context, batch(304))).rejects.toThrow('simulated crash');
    expect(await connector.submitBatch(harness.context, batch(304))).toMatchObject({ status: 'SUCCESS' });
    expect(received).toHaveLength(1);

    const interrupted = await connect({ type: 'none' }, { afterUpload: crashOnce() });
    await expect(interrupted.connector.submitBatch(interrupted.harness.context, batch(305))).rejects.toThrow('simulated crash');
    expect(await interrupted.connector.submitBatch(interrupted.harness.context, batch(305))).toEqual({
      status: 'EXCEPTION', retryable: false,
      message: 'batch batch-305: an earlier POST was interrupted and its outcome is unknown; confirm with the clearinghouse before resubmitting as a new batch',
    });
    expect(received).toHaveLength(2);
  });

  it('answers a refused connection as a retryable exception', async () => {
    const { harness, connector } = await connect({ type: 'none' });
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const result = await connector.submitBatch(harness.context, batch(306));
    expect(result).toMatchObject({ status: 'EXCEPTION', retryable: true, message: expect.stringMatching(/^POST of 837P-306\.x12 failed: /) });
    expect(harness.state.get('submission:batch-306')).toMatchObject({ phase: 'intent' });
  });
});
