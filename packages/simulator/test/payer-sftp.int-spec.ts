import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'ssh2';
import type { SFTPWrapper } from 'ssh2';
import { read277, read999 } from '@openrcm/x12';
import { startPayerSftpServer } from '../src/payer';
import { generateHostKey, generateKeyPair } from '../src/sftp';
import type { PayerSftpServer } from '../src/payer';
import { adaClaim, balancedRemittances, batchOf, quietRules, x837 } from './payer-fixtures';

type Login = { username: string; password?: string; privateKey?: string };

function connect(server: PayerSftpServer, login: Login): Promise<{ client: Client; sftp: SFTPWrapper; seenFingerprint: string }> {
  return new Promise((resolve, reject) => {
    const client = new Client();
    let seenFingerprint = '';
    client.on('ready', () => client.sftp((err, sftp) => (err ? reject(err) : resolve({ client, sftp, seenFingerprint }))));
    client.on('error', reject);
    client.connect({
      host: server.host, port: server.port, ...login,
      hostVerifier: (key: Buffer) => {
        seenFingerprint = `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
        return seenFingerprint === server.fingerprint;
      },
    });
  });
}

const call = <T>(fn: (cb: (err: Error | null | undefined, value?: T) => void) => void) =>
  new Promise<T>((resolve, reject) => fn((err, value) => (err ? reject(err) : resolve(value as T))));

describe('the payer SFTP server', () => {
  let root: string;
  let server: PayerSftpServer;
  let clock = new Date('2026-11-30T10:00:00Z');
  const userKey = generateKeyPair();
  const errors: string[] = [];
  const results: [string, string][] = [];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'openrcm-sftp-'));
    server = await startPayerSftpServer({
      root, port: 0, hostKey: generateHostKey(), rules: quietRules(), seed: 2, delayMs: 60_000, pollMs: 60_000, clock: () => clock,
      onError: (f, e) => errors.push(`${f}: ${e.message}`), onResult: (f, r) => results.push([f, r.kind]),
      users: [{ username: 'practice', password: 'secret' }, { username: 'keyed', publicKey: userKey.public }],
    });
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    expect(results).toEqual([['claims-1.837', 'answered'], ['claims-2.837', 'answered'], ['claims-2-again.837', 'duplicate']]);
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('takes an 837P upload into /outbox and serves the 999 and 277CA, then the 835 after the delay, from /inbox', async () => {
    const { client, sftp, seenFingerprint } = await connect(server, { username: 'practice', password: 'secret' });
    expect(seenFingerprint).toBe(server.fingerprint);
    await call<void>((cb) => sftp.writeFile('/outbox/claims-1.837', x837([batchOf([adaClaim('S1'), adaClaim('S2')])], 901), cb));
    const names = async () => (await call<{ filename: string }[]>((cb) => sftp.readdir('/inbox', cb))).map((e) => e.filename).sort();
    expect(await names()).toEqual(['000000901.277CA.x12', '000000901.999.x12']);
    const ack999 = await call<Buffer>((cb) => sftp.readFile('/inbox/000000901.999.x12', cb));
    expect(read999(ack999).transactions[0]!.groupStatus).toBe('A');
    const ack277 = await call<Buffer>((cb) => sftp.readFile('/inbox/000000901.277CA.x12', cb));
    expect(read277(ack277).transactions[0]!.claims.map((c) => c.patientControlNumber)).toEqual(['S1', 'S2']);
    clock = new Date('2026-11-30T10:01:00Z');
    await server.exchange.deliverDue();
    expect(await names()).toEqual(['000000901.277CA.x12', '000000901.835.x12', '000000901.999.x12']);
    const remit = await call<Buffer>((cb) => sftp.readFile('/inbox/000000901.835.x12', cb));
    expect(balancedRemittances(remit.toString())[0]!.claims.map((c) => c.patientControlNumber)).toEqual(['S1', 'S2']);
    await call<void>((cb) => sftp.unlink('/inbox/000000901.999.x12', cb));
    expect(await names()).toEqual(['000000901.277CA.x12', '000000901.835.x12']);
    client.end();
  });

  it('waits for a .part upload to be renamed, answers each file once, and signs in by public key', async () => {
    const { client, sftp } = await connect(server, { username: 'keyed', privateKey: userKey.private });
    const input = x837([batchOf([adaClaim('P1')])], 902);
    await call<void>((cb) => sftp.writeFile('/outbox/claims-2.837.part', input, cb));
    expect((await readdir(join(root, 'inbox'))).filter((n) => n.startsWith('000000902'))).toEqual([]);
    await call<void>((cb) => sftp.rename('/outbox/claims-2.837.part', '/outbox/claims-2.837', cb));
    expect((await readdir(join(root, 'inbox'))).filter((n) => n.startsWith('000000902')).sort()).toEqual(['000000902.277CA.x12', '000000902.999.x12']);
    await call<void>((cb) => sftp.writeFile('/outbox/claims-2-again.837', input, cb));
    expect((await readdir(join(root, 'inbox'))).filter((n) => n.startsWith('000000902'))).toHaveLength(2);
    client.end();
  });

  it('refuses paths outside /outbox and /inbox, uploads into /inbox, and wrong passwords', async () => {
    const { client, sftp } = await connect(server, { username: 'practice', password: 'secret' });
    await expect(call<Buffer>((cb) => sftp.readFile('/../../etc/passwd', cb))).rejects.toThrow(/only \/outbox and \/inbox|Permission denied/i);
    await expect(call<Buffer>((cb) => sftp.readFile('/.openrcm-sim/state.json', cb))).rejects.toThrow();
    await expect(call<void>((cb) => sftp.writeFile('/inbox/fake.999.x12', 'x', cb))).rejects.toThrow(/read-only|Permission denied/i);
    await expect(call<void>((cb) => sftp.mkdir('/outbox/sub', cb))).rejects.toThrow();
    const root = await call<{ filename: string }[]>((cb) => sftp.readdir('/', cb));
    expect(root.map((e) => e.filename)).toEqual(['inbox', 'outbox']);
    client.end();
    await expect(connect(server, { username: 'practice', password: 'wrong' })).rejects.toThrow(/authentication/i);
  });
});
