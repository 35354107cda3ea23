import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import type { ClaimBatch } from '@openrcm/sdk';
import { generateKeyPair } from '@openrcm/simulator';
import { connectorHarness, crashOnce } from './support/connector-harness';
import { startSftpTestServer, type SftpTestServer } from './support/sftp-test-server';
import { tempBoxes, type TempBoxes } from './support/temp-dirs';
import { x277ca, x837, x999 } from './support/x12-fixtures';

const NOW = new Date('2026-01-15T15:00:00Z');
const CLIENT_KEY = generateKeyPair();
const ENV = { SFTP_PASSWORD: 'correct horse', SFTP_KEY: CLIENT_KEY.private };
const batch = (isa13: number): ClaimBatch => ({ batchId: `batch-${isa13}`, fileName: `837P-${isa13}.x12`, x12: x837(isa13), claimIds: ['c1'] });

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('clearinghouse-generic over SFTP, against a local SFTP server', () => {
  let boxes: TempBoxes;
  let server: SftpTestServer;
  let transport: Record<string, unknown>;
  beforeEach(async () => {
    boxes = tempBoxes();
    server = await startSftpTestServer(boxes.root, { username: 'clinic', password: 'correct horse', publicKey: CLIENT_KEY.public });
    transport = {
      type: 'sftp', host: '127.0.0.1', port: server.port, username: 'clinic', password: { env: 'SFTP_PASSWORD' },
      hostKeySha256: server.fingerprint, outbox: '/outbox', inbox: '/inbox', connectTimeoutMs: 5_000, operationTimeoutMs: 5_000,
    };
  });
  afterEach(async () => {
    await server.close();
    boxes.remove();
  });

  const connect = (overrides: Record<string, unknown> = {}, faults?: Parameters<typeof connectorHarness>[1]) =>
    connectorHarness({ settings: { transport: { ...transport, ...overrides } }, env: ENV, now: NOW }, faults);

  it('uploads under a temporary name, renames it into place, and records delivery', async () => {
    const { harness, connector } = await connect();
    expect(await connector.submitBatch(harness.context, batch(201))).toEqual({ status: 'SUCCESS', value: { reference: '837P-201.x12', submittedAt: NOW } });
    expect(readFileSync(join(boxes.outbox, '837P-201.x12'), 'utf8')).toBe(x837(201));
    expect(server.writes).toEqual(['/outbox/.837P-201.x12.part']);
    expect(server.renames).toEqual([{ from: '/outbox/.837P-201.x12.part', to: '/outbox/837P-201.x12' }]);
    expect(boxes.names(boxes.outbox)).toEqual(['837P-201.x12']);
  });

  it('logs in with a private key instead of a password', async () => {
    const { harness, connector } = await connect({ password: undefined, privateKey: { env: 'SFTP_KEY' } });
    expect(await connector.submitBatch(harness.context, batch(210))).toMatchObject({ status: 'SUCCESS' });
    expect(server.authentications).toContain('publickey');
    expect(server.authentications).not.toContain('password');
    expect(boxes.names(boxes.outbox)).toEqual(['837P-210.x12']);
  });

  it('sends one file for a batch submitted twice', async () => {
    const { harness, connector } = await connect();
    const first = await connector.submitBatch(harness.context, batch(202));
    expect(await connector.submitBatch(harness.context, batch(202))).toEqual(first);
    expect(server.writes).toHaveLength(1);
  });

  it('after a crash before the upload, sends the batch once on retry', async () => {
    const { harness, connector } = await connect({}, { afterIntent: crashOnce() });
    await expect(connector.submitBatch(harness.context, batch(203))).rejects.toThrow('simulated crash');
    expect(server.writes).toEqual([]);
    expect(await connector.submitBatch(harness.context, batch(203))).toMatchObject({ status: 'SUCCESS' });
    expect(server.writes).toHaveLength(1);
    expect(boxes.names(boxes.outbox)).toEqual(['837P-203.x12']);
  });

  it('after a crash between the upload and its record, finds the file and records it without sending again', async () => {
    const { harness, connector } = await connect({}, { afterUpload: crashOnce() });
    await expect(connector.submitBatch(harness.context, batch(204))).rejects.toThrow('simulated crash');
    expect(harness.state.get('submission:batch-204')).toMatchObject({ phase: 'intent' });
    expect(await connector.submitBatch(harness.context, batch(204))).toMatchObject({ status: 'SUCCESS', value: { reference: '837P-204.x12' } });
    expect(server.writes).toHaveLength(1);
    expect(harness.state.get('submission:batch-204')).toMatchObject({ phase: 'delivered', deliveredBy: 'found' });
  });

  it('after such a crash, finds the file the receiver renamed, by its ISA13', async () => {
    const { harness, connector } = await connect({}, { afterUpload: crashOnce() });
    await expect(connector.submitBatch(harness.context, batch(205))).rejects.toThrow('simulated crash');
    renameSync(join(boxes.outbox, '837P-205.x12'), join(boxes.outbox, 'RCVD.0001'));
    expect(await connector.submitBatch(harness.context, batch(205))).toMatchObject({ status: 'SUCCESS', value: { reference: 'RCVD.0001' } });
    expect(server.writes).toHaveLength(1);
  });

  it('refuses a server whose host key is not the pinned one, as a non-retryable exception, before sending the password', async () => {
    const other = 'SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU';
    const { harness, connector } = await connect({ hostKeySha256: other });
    const result = await connector.submitBatch(harness.context, batch(206));
    expect(result).toEqual({
      status: 'EXCEPTION', retryable: false,
      message: `SFTP 127.0.0.1:${server.port}: the server's host key does not match the pinned fingerprint (hostKeySha256); refusing to connect`,
    });
    expect(harness.state.get('submission:batch-206')).toBeUndefined();
    expect(server.writes).toEqual([]);
    expect(server.authentications).not.toContain('password');
  });

  it('answers a refused password as a non-retryable exception that does not repeat it', async () => {
    const { harness, connector } = await connectorHarness({ settings: { transport }, env: { SFTP_PASSWORD: 'wrong' }, now: NOW });
    const result = await connector.submitBatch(harness.context, batch(207));
    expect(result).toEqual({ status: 'EXCEPTION', message: `SFTP 127.0.0.1:${server.port}: authentication failed for user clinic`, retryable: false });
    expect(JSON.stringify(result)).not.toContain('wrong');
  });

  it('answers a refused connection as a retryable exception', async () => {
    const port = await closedPort();
    const { harness, connector } = await connect({ port });
    expect(await connector.submitBatch(harness.context, batch(208))).toEqual({ status: 'EXCEPTION', message: `SFTP 127.0.0.1:${port}: connection failed (ECONNREFUSED)`, retryable: true });
  });

  it('gives up on a server that never completes the SSH handshake, as a retryable exception', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const { harness, connector } = await connect({ port, connectTimeoutMs: 1_000 });
      expect(await connector.submitBatch(harness.context, batch(209))).toEqual({ status: 'EXCEPTION', message: `SFTP 127.0.0.1:${port}: timed out connecting`, retryable: true });
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });

  it('polls the remote inbox: new files once with their kind, duplicates by hash skipped, archived on the next poll', async () => {
    const { harness, connector } = await connect({ archive: '/archive' });
    writeFileSync(join(boxes.inbox, 'ack.999'), x999(11));
    writeFileSync(join(boxes.inbox, 'claims.277'), x277ca(12));
    writeFileSync(join(boxes.inbox, 'ack-again.999'), x999(11));
    const first = await connector.fetchInbound!(harness.context);
    if (first.status !== 'SUCCESS') throw new Error(JSON.stringify(first));
    expect(first.value.map((d) => [d.reference.split('#')[0], d.kind, d.x12.length > 0])).toEqual([['ack-again.999', '999', true], ['claims.277', '277CA', true]]);
    expect(await connector.fetchInbound!(harness.context)).toEqual({ status: 'SUCCESS', value: [] });
    expect(boxes.names(boxes.inbox)).toEqual([]);
    expect(boxes.names(boxes.archive)).toEqual(['ack-again.999', 'ack.999', 'claims.277']);
  });
});
