import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateHostKey, generateKeyPair, startSftpFolderServer, type SftpFolderServer } from '@openrcm/simulator';
import { sftpTransport, TransportError, type SftpTransportOptions } from '../src';
import { tempRoot, type TempRoot } from './temp-root';

const CLIENT_KEY = generateKeyPair();
const LAYOUT = { folders: ['outbound', 'inbound', 'processed'], uploads: ['outbound'], moves: [['inbound', 'processed']] } as const;

describe('the SFTP transport, against the simulator\'s SFTP folder server', () => {
  let dirs: TempRoot;
  let server: SftpFolderServer;
  let uploads: [string, string][];
  let options: SftpTransportOptions;
  beforeEach(async () => {
    dirs = tempRoot([]);
    uploads = [];
    server = await startSftpFolderServer({
      root: dirs.root, layout: LAYOUT, port: 0, hostKey: generateHostKey(),
      users: [{ username: 'clinic', password: 'correct horse', publicKey: CLIENT_KEY.public }],
      onUpload: async (file, name) => void uploads.push([name, readFileSync(file, 'utf8')]),
    });
    options = {
      host: server.host, port: server.port, username: 'clinic', hostKeySha256: server.fingerprint,
      connectTimeoutMs: 5_000, operationTimeoutMs: 5_000, credentials: () => ({ password: 'correct horse' }),
    };
  });
  afterEach(async () => {
    await server.close();
    dirs.remove();
  });

  it('uploads under a hidden temporary name and renames it, so the server sees one whole file', async () => {
    const session = await sftpTransport(options).open();
    try {
      await session.directory('/outbound', 'outbound').write('placement-7.txt', 'ACCOUNT 1\r\n');
    } finally {
      await session.close();
    }
    expect(uploads).toEqual([['placement-7.txt', 'ACCOUNT 1\r\n']]);
    expect(dirs.names('outbound')).toEqual(['placement-7.txt']);
  });

  it('lists and reads the remote inbound, and moves files to another remote directory without replacing any', async () => {
    writeFileSync(join(dirs.path('inbound'), 'b.csv'), 'two');
    writeFileSync(join(dirs.path('inbound'), 'a.csv'), 'one');
    writeFileSync(join(dirs.path('processed'), 'a.csv'), 'an older a');
    const session = await sftpTransport({ ...options, credentials: () => ({ privateKey: CLIENT_KEY.private }) }).open();
    try {
      const inbound = session.directory('/inbound', 'inbound');
      const processed = session.directory('/processed', 'processed');
      expect(await inbound.list()).toEqual(['a.csv', 'b.csv']);
      expect((await inbound.read('b.csv')).toString()).toBe('two');
      expect(await session.move(inbound, 'b.csv', processed)).toBe('b.csv');
      const renamed = await session.move(inbound, 'a.csv', processed);
      expect(renamed).toMatch(/^\d{13}-a\.csv$/);
      expect(readFileSync(join(dirs.path('processed'), renamed), 'utf8')).toBe('one');
      expect(readFileSync(join(dirs.path('processed'), 'a.csv'), 'utf8')).toBe('an older a');
      expect(await inbound.list()).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('answers what the server refuses with final TransportErrors naming the directory by its label', async () => {
    const session = await sftpTransport(options).open();
    try {
      const inbound = session.directory('/inbound', 'inbound');
      await expect(inbound.write('x.csv', 'x')).rejects.toEqual(new TransportError('uploading x.csv failed: permission denied', false));
      await expect(inbound.read('missing.csv')).rejects.toEqual(new TransportError('reading missing.csv from the remote inbound failed: no such file or directory', false));
      writeFileSync(join(dirs.path('inbound'), 'c.csv'), 'three');
      await expect(session.move(inbound, 'c.csv', session.directory('/archive', 'archive'))).rejects.toEqual(
        new TransportError('moving c.csv to the remote archive failed: permission denied', false),
      );
    } finally {
      await session.close();
    }
  });

  it('refuses a server whose host key is not the pinned one, as a final error', async () => {
    const pinnedElsewhere = { ...options, hostKeySha256: 'SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU' };
    await expect(sftpTransport(pinnedElsewhere).open()).rejects.toEqual(
      new TransportError(`SFTP 127.0.0.1:${server.port}: the server's host key does not match the pinned fingerprint (hostKeySha256); refusing to connect`, false),
    );
  });

  it('makes the target directory of a move when it is missing', async () => {
    rmSync(dirs.path('processed'), { recursive: true });
    writeFileSync(join(dirs.path('inbound'), 'd.csv'), 'four');
    const session = await sftpTransport(options).open();
    try {
      expect(await session.move(session.directory('/inbound', 'inbound'), 'd.csv', session.directory('/processed', 'processed'))).toBe('d.csv');
    } finally {
      await session.close();
    }
    expect(dirs.names('processed')).toEqual(['d.csv']);
  });

  it('answers a refused password as final, without repeating it', async () => {
    const error = await sftpTransport({ ...options, credentials: () => ({ password: 'wrong' }) }).open().catch((e: unknown) => e);
    expect(error).toEqual(new TransportError(`SFTP 127.0.0.1:${server.port}: authentication failed for user clinic`, false));
  });

  it('writes remote paths the POSIX way', () => {
    const transport = sftpTransport(options);
    expect([transport.join('/agency', 'processed'), transport.dirname('/agency/inbound')]).toEqual(['/agency/processed', '/agency']);
  });
});
