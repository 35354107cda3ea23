import { readFileSync } from 'node:fs';
import { generateHostKey, generateKeyPair, startSftpFolderServer, type SftpFolderServer } from '@openrcm/simulator';
import { ACCOUNTS } from './support/accounts';
import { agencyHarness, tempExchange, type Exchange } from './support/agency-harness';

const NOW = new Date('2026-03-15T14:00:00Z');
const CLIENT_KEY = generateKeyPair();
const ENV = { AGENCY_SFTP_PASSWORD: 'correct horse', AGENCY_SFTP_KEY: CLIENT_KEY.private };
const LAYOUT = { folders: ['outbound', 'inbound', 'processed', 'refused'], uploads: ['outbound'], moves: [['inbound', 'processed'], ['inbound', 'refused']] } as const;
const fw = (account: string, kind: string, amount: number, fee: number, date: string, reference: string, note = '') =>
  account.padEnd(20) + kind.padEnd(10) + String(amount).padStart(12, '0') + String(fee).padStart(12, '0') + date + reference.padEnd(30) + note.padEnd(80);

describe('the collections connector over SFTP, against a local SFTP server started by the test', () => {
  let exchange: Exchange;
  let server: SftpFolderServer;
  let uploads: [string, string][];
  let delivery: Record<string, unknown>;
  beforeEach(async () => {
    exchange = tempExchange();
    uploads = [];
    server = await startSftpFolderServer({
      root: exchange.root, layout: LAYOUT, port: 0, hostKey: generateHostKey(),
      users: [{ username: 'clinic', password: 'correct horse', publicKey: CLIENT_KEY.public }],
      onUpload: async (file, name) => void uploads.push([name, readFileSync(file, 'utf8')]),
    });
    delivery = {
      type: 'sftp', host: server.host, port: server.port, username: 'clinic', password: { env: 'AGENCY_SFTP_PASSWORD' }, hostKeySha256: server.fingerprint,
      outbound: '/outbound', inbound: '/inbound', connectTimeoutMs: 5_000, operationTimeoutMs: 5_000,
    };
  });
  afterEach(async () => {
    await server.close();
    exchange.remove();
  });

  const connect = (layout: 'csv' | 'fixed-width', overrides: Record<string, unknown> = {}) =>
    agencyHarness({ now: NOW, env: ENV, settings: { agencyName: 'Acme Recovery', layout, paymentsReported: 'gross', delivery: { ...delivery, ...overrides } } });

  it('uploads a placement under a temporary name and renames it, so the agency sees the whole file once', async () => {
    const { harness, connector } = await connect('csv');
    expect(await connector.place(harness.context, 'B-1', ACCOUNTS)).toEqual({ status: 'SUCCESS', value: { reference: 'placement-B-1-20260315.csv' } });
    expect(uploads).toHaveLength(1);
    expect(uploads[0]![0]).toBe('placement-B-1-20260315.csv');
    expect(uploads[0]![1].split('\r\n')).toHaveLength(4);
    expect(await connector.place(harness.context, 'B-1', ACCOUNTS)).toEqual({ status: 'SUCCESS', value: { reference: 'placement-B-1-20260315.csv' } });
    expect(uploads).toHaveLength(1);
  });

  it('logs in with a private key and writes a fixed-width recall file', async () => {
    const { harness, connector } = await connect('fixed-width', { password: undefined, privateKey: { env: 'AGENCY_SFTP_KEY' } });
    expect(await connector.recall(harness.context, 'R-1', ['PA-1001'])).toEqual({ status: 'SUCCESS', value: { reference: 'recall-R-1-20260315.txt' } });
    expect(uploads).toEqual([['recall-R-1-20260315.txt', `${'PA-1001'.padEnd(20)}20260315\r\n`]]);
  });

  it('reads the remote inbound files and moves each to /processed or /refused beside it', async () => {
    exchange.drop('activity-1.txt', [fw('PA-1001', 'payment', 45_250, 11_313, '20260310', 'AG-1'), fw('PA-1002', 'dispute', 12_000, 0, '20260311', 'AG-2', 'in writing')].map((l) => `${l}\r\n`).join(''));
    exchange.drop('activity-2.txt', `${fw('PA-1003', 'payment', 100, 200, '20260311', 'AG-3')}\r\n`);
    const { harness, connector } = await connect('fixed-width');
    const result = await connector.fetchActivityFiles!(harness.context);
    expect(result).toMatchObject({
      status: 'SUCCESS',
      value: [
        { status: 'read', fileName: 'activity-1.txt', activity: [{ accountNumber: 'PA-1001', amountCents: 45_250, agencyFeeCents: 11_313 }, { kind: 'dispute', note: 'in writing' }] },
        { status: 'refused', fileName: 'activity-2.txt', issues: [{ field: 'line 1, fee', message: 'is more than the amount' }] },
      ],
    });
    expect([exchange.names('inbound'), exchange.names('processed'), exchange.names('refused')]).toEqual([[], ['activity-1.txt'], ['activity-2.txt']]);
  });

  it('refuses a server whose host key is not the pinned one: nothing is written or recorded', async () => {
    const { harness, connector } = await connect('csv', { hostKeySha256: 'SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU' });
    const refused = {
      status: 'EXCEPTION', retryable: false,
      message: `SFTP 127.0.0.1:${server.port}: the server's host key does not match the pinned fingerprint (hostKeySha256); refusing to connect`,
    };
    expect(await connector.place(harness.context, 'B-2', ACCOUNTS)).toEqual(refused);
    exchange.drop('activity-3.txt', 'x');
    expect(await connector.fetchActivityFiles!(harness.context)).toEqual(refused);
    expect([uploads, exchange.names('inbound'), harness.state.size]).toEqual([[], ['activity-3.txt'], 0]);
  });

  it('answers a refused password as a non-retryable exception that does not repeat it', async () => {
    const { harness, connector } = await agencyHarness({
      now: NOW, env: { AGENCY_SFTP_PASSWORD: 'wrong' }, settings: { agencyName: 'Acme', layout: 'csv', paymentsReported: 'gross', delivery },
    });
    const result = await connector.place(harness.context, 'B-3', ACCOUNTS);
    expect(result).toEqual({ status: 'EXCEPTION', message: `SFTP 127.0.0.1:${server.port}: authentication failed for user clinic`, retryable: false });
    expect(JSON.stringify(result)).not.toContain('wrong');
  });
});
