import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'ssh2';
import type { SFTPWrapper } from 'ssh2';
import { startAgencySftpServer, type AgencyReceipt, type AgencySftpServer } from '../src/collection-agency';
import { generateHostKey } from '../src/sftp';
import { placementFile } from './agency-fixtures';

const call = <T>(fn: (cb: (err: Error | null | undefined, value?: T) => void) => void) =>
  new Promise<T>((resolve, reject) => fn((err, value) => (err ? reject(err) : resolve(value as T))));

function connect(server: AgencySftpServer): Promise<{ client: Client; sftp: SFTPWrapper }> {
  return new Promise((resolve, reject) => {
    const client = new Client();
    client.on('ready', () => client.sftp((err, sftp) => (err ? reject(err) : resolve({ client, sftp }))));
    client.on('error', reject);
    client.connect({ host: server.host, port: server.port, username: 'clinic', password: 'secret', hostVerifier: () => true });
  });
}

describe('the collection agency over SFTP', () => {
  let root: string;
  let server: AgencySftpServer;
  const receipts: AgencyReceipt[] = [];
  const errors: string[] = [];
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'openrcm-agency-sftp-'));
    server = await startAgencySftpServer({
      root, port: 0, hostKey: generateHostKey(), users: [{ username: 'clinic', password: 'secret' }],
      agency: { layout: 'csv', seed: 3, clock: () => new Date('2026-03-15T14:00:00Z'), outcomes: { 'PA-3001': 'paid-in-full' } },
      onReceipt: (receipt) => receipts.push(receipt), onError: (file, error) => errors.push(`${file}: ${error.message}`),
    });
  });
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('takes a placement once it is whole, works it, and serves the activity file from /inbound to be moved to /processed', async () => {
    const { client, sftp } = await connect(server);
    try {
      await call<void>((cb) => sftp.writeFile('/outbound/.placement-B1-20260315.csv.part', placementFile('csv', [['PA-3001', 45_250]]), cb));
      expect(receipts).toEqual([]);
      await call<void>((cb) => sftp.rename('/outbound/.placement-B1-20260315.csv.part', '/outbound/placement-B1-20260315.csv', cb));
      expect(receipts).toEqual([{ file: 'placement-B1-20260315.csv', kind: 'placement', accounts: 1 }]);
      const file = await server.agency.work();
      expect(file?.fileName).toBe('activity-0001-20260315.csv');
      const listed = await call<{ filename: string }[]>((cb) => sftp.readdir('/inbound', cb));
      expect(listed.map((entry) => entry.filename)).toEqual(['activity-0001-20260315.csv']);
      expect((await call<Buffer>((cb) => sftp.readFile('/inbound/activity-0001-20260315.csv', cb))).toString()).toContain('PA-3001,payment,452.50,113.13,2026-03-15');
      await call<void>((cb) => sftp.rename('/inbound/activity-0001-20260315.csv', '/processed/activity-0001-20260315.csv', cb));
      await expect(call<void>((cb) => sftp.rename('/processed/activity-0001-20260315.csv', '/outbound/x.csv', cb))).rejects.toThrow();
      await expect(call<void>((cb) => sftp.writeFile('/inbound/fake.csv', 'x', cb))).rejects.toThrow();
    } finally {
      client.end();
    }
    expect(await readdir(join(root, 'processed'))).toEqual(['activity-0001-20260315.csv']);
    expect(errors).toEqual([]);
  });
});
