import { closeSync, fstatSync, openSync, readdirSync, readSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { Server, utils, type Attributes, type Connection, type PublicKeyAuthContext, type SFTPWrapper } from 'ssh2';
import { sha256Fingerprint } from '@openrcm/file-transport';
import { generateKeyPair } from '@openrcm/simulator';

const { OPEN_MODE, STATUS_CODE } = utils.sftp;

/** A local SFTP server for tests: password authentication, a generated host key, files under `root`. */
export interface SftpTestServer {
  readonly port: number;
  /** The host key's SHA-256 fingerprint, to pin in the settings. */
  readonly fingerprint: string;
  /** Every path opened for writing, in order (to count uploads). */
  readonly writes: string[];
  /** Every rename, in order. */
  readonly renames: { from: string; to: string }[];
  /** The authentication methods clients tried, in order (`password` once a password was sent). */
  readonly authentications: string[];
  close(): Promise<void>;
}

type Recorded = { writes: string[]; renames: { from: string; to: string }[]; authentications: string[] };

type Open = { kind: 'file'; fd: number } | { kind: 'dir'; path: string; done: boolean };

function attributesOf(stats: Stats): Attributes {
  return { mode: stats.mode, uid: stats.uid, gid: stats.gid, size: stats.size, atime: Math.floor(stats.atimeMs / 1000), mtime: Math.floor(stats.mtimeMs / 1000) };
}

function openFlags(flags: number): string {
  if (flags & OPEN_MODE.WRITE) return flags & OPEN_MODE.APPEND ? 'a' : 'w';
  return 'r';
}

/** Serves one SFTP channel onto `root`, answering each request from the local file system. */
function serveSftp(sftp: SFTPWrapper, root: string, server: Recorded): void {
  const opened = new Map<number, Open>();
  let next = 0;
  const local = (path: string) => join(root, normalize(`/${path}`));
  const handleOf = (id: number) => { const buffer = Buffer.alloc(4); buffer.writeUInt32BE(id); return buffer; };
  const add = (open: Open) => { opened.set(++next, open); return handleOf(next); };
  const get = (handle: Buffer) => opened.get(handle.readUInt32BE(0));
  const guard = (reqId: number, action: () => void) => {
    try { action(); } catch (error) {
      sftp.status(reqId, (error as NodeJS.ErrnoException).code === 'ENOENT' ? STATUS_CODE.NO_SUCH_FILE : STATUS_CODE.FAILURE);
    }
  };
  sftp.on('OPEN', (reqId, filename, flags) => guard(reqId, () => {
    const mode = openFlags(flags);
    if (mode !== 'r') server.writes.push(filename);
    sftp.handle(reqId, add({ kind: 'file', fd: openSync(local(filename), mode) }));
  }));
  sftp.on('WRITE', (reqId, handle, offset, data) => guard(reqId, () => {
    const open = get(handle);
    if (open?.kind !== 'file') return sftp.status(reqId, STATUS_CODE.FAILURE);
    writeSync(open.fd, data, 0, data.length, offset);
    sftp.status(reqId, STATUS_CODE.OK);
  }));
  sftp.on('READ', (reqId, handle, offset, length) => guard(reqId, () => {
    const open = get(handle);
    if (open?.kind !== 'file') return sftp.status(reqId, STATUS_CODE.FAILURE);
    const buffer = Buffer.alloc(length);
    const read = readSync(open.fd, buffer, 0, length, offset);
    if (read === 0) return sftp.status(reqId, STATUS_CODE.EOF);
    sftp.data(reqId, buffer.subarray(0, read));
  }));
  sftp.on('FSTAT', (reqId, handle) => guard(reqId, () => {
    const open = get(handle);
    if (open?.kind !== 'file') return sftp.status(reqId, STATUS_CODE.FAILURE);
    sftp.attrs(reqId, attributesOf(fstatSync(open.fd)));
  }));
  sftp.on('CLOSE', (reqId, handle) => guard(reqId, () => {
    const open = get(handle);
    if (open?.kind === 'file') closeSync(open.fd);
    opened.delete(handle.readUInt32BE(0));
    sftp.status(reqId, STATUS_CODE.OK);
  }));
  sftp.on('OPENDIR', (reqId, path) => guard(reqId, () => {
    if (!statSync(local(path)).isDirectory()) return sftp.status(reqId, STATUS_CODE.FAILURE);
    sftp.handle(reqId, add({ kind: 'dir', path, done: false }));
  }));
  sftp.on('READDIR', (reqId, handle) => guard(reqId, () => {
    const open = get(handle);
    if (open?.kind !== 'dir') return sftp.status(reqId, STATUS_CODE.FAILURE);
    if (open.done) return sftp.status(reqId, STATUS_CODE.EOF);
    open.done = true;
    const names = readdirSync(local(open.path));
    sftp.name(reqId, names.map((filename) => ({ filename, longname: filename, attrs: attributesOf(statSync(join(local(open.path), filename))) })));
  }));
  const stat = (reqId: number, path: string) => guard(reqId, () => sftp.attrs(reqId, attributesOf(statSync(local(path)))));
  sftp.on('STAT', stat);
  sftp.on('LSTAT', stat);
  sftp.on('REALPATH', (reqId, path) => sftp.name(reqId, [{ filename: normalize(`/${path}`), longname: '', attrs: {} as Attributes }]));
  sftp.on('RENAME', (reqId, from, to) => guard(reqId, () => {
    server.renames.push({ from, to });
    renameSync(local(from), local(to));
    sftp.status(reqId, STATUS_CODE.OK);
  }));
  sftp.on('REMOVE', (reqId, path) => guard(reqId, () => { unlinkSync(local(path)); sftp.status(reqId, STATUS_CODE.OK); }));
}

/** Who may log in: a user name with a password and, optionally, a public key (OpenSSH text). */
export interface TestCredentials {
  readonly username: string;
  readonly password: string;
  readonly publicKey?: string;
}

function publicKeyAccepted(auth: PublicKeyAuthContext, credentials: TestCredentials): boolean | 'probe' {
  const allowed = credentials.publicKey ? utils.parseKey(credentials.publicKey) : undefined;
  if (!allowed || allowed instanceof Error) return false;
  if (auth.key.algo !== allowed.type || !auth.key.data.equals(allowed.getPublicSSH())) return false;
  if (!auth.signature || !auth.blob) return 'probe';
  return allowed.verify(auth.blob, auth.signature, auth.hashAlgo) === true;
}

function accept(client: Connection, credentials: TestCredentials, root: string, server: Recorded): void {
  client.on('authentication', (auth) => {
    server.authentications.push(auth.method);
    if (auth.username === credentials.username && auth.method === 'password' && auth.password === credentials.password) return auth.accept();
    if (auth.username === credentials.username && auth.method === 'publickey') {
      const verdict = publicKeyAccepted(auth, credentials);
      if (verdict) return auth.accept();
    }
    auth.reject(credentials.publicKey ? ['password', 'publickey'] : ['password']);
  });
  client.on('ready', () => {
    client.on('session', (acceptSession) => {
      acceptSession().on('sftp', (acceptSftp) => serveSftp(acceptSftp(), root, server));
    });
  });
  client.on('error', () => undefined);
}

/** Starts a local SFTP server on a free port, serving `root`, with a freshly generated ed25519 host key. */
export async function startSftpTestServer(root: string, credentials: TestCredentials): Promise<SftpTestServer> {
  // ssh2 writes about 3 in 1,000 ed25519 keys one byte short and then cannot read them: the simulator's generator redraws those.
  const hostKey = generateKeyPair();
  const parsed = utils.parseKey(hostKey.private);
  if (parsed instanceof Error) throw parsed;
  const state: Recorded = { writes: [], renames: [], authentications: [] };
  const connections = new Set<Connection>();
  const server = new Server({ hostKeys: [hostKey.private] }, (client) => {
    connections.add(client);
    client.on('close', () => connections.delete(client));
    accept(client, credentials, root, state);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    fingerprint: sha256Fingerprint(parsed.getPublicSSH()),
    ...state,
    close: () => new Promise<void>((resolve) => {
      for (const client of connections) client.end();
      server.close(() => resolve());
    }),
  };
}
