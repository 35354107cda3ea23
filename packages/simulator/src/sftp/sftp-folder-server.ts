import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Server } from 'ssh2';
import type { Connection } from 'ssh2';
import { authenticate, checkUsers, hostKeyFingerprint } from './sftp-auth';
import type { SftpUser } from './sftp-auth';
import type { SftpFolderLayout } from './sftp-paths';
import { SftpSession } from './sftp-session';
import type { UploadHandler } from './sftp-session';

/** Options of {@link startSftpFolderServer}. */
export interface SftpFolderServerOptions {
  /** The local folder served: each of the layout's folders is `<root>/<folder>` (created when missing). */
  readonly root: string;
  /** What is served: the folders, the ones that take uploads, the moves allowed across them. */
  readonly layout: SftpFolderLayout;
  /** TCP port (0: any free port). */
  readonly port: number;
  /** Address to listen on (default 127.0.0.1). */
  readonly host?: string;
  /** The server's private host key (OpenSSH or PEM); clients pin its {@link hostKeyFingerprint}. */
  readonly hostKey: string | Buffer;
  /** Who may sign in, by password or public key. */
  readonly users: readonly SftpUser[];
  /** Called with each file uploaded into an upload folder (when closed after writing, or renamed there). */
  readonly onUpload?: UploadHandler;
  /** Called with SSH-level errors of a client connection. */
  readonly onError?: (error: Error) => void;
}

/** A running SFTP folder server. */
export interface SftpFolderServer {
  readonly port: number;
  readonly host: string;
  /** `SHA256:…`, the fingerprint clients pin. */
  readonly fingerprint: string;
  /** Ends every connection and stops listening. */
  close(): Promise<void>;
}

/**
 * An SFTP server (ssh2's `Server`) over local folders, for the simulator's counterparties and for tests: users sign
 * in by password or public key; the folders of `layout` are served at the root, uploads land in its upload folders
 * and are handed to `onUpload`, renames across folders follow its moves. See {@link SftpSession} for what is refused.
 */
export async function startSftpFolderServer(options: SftpFolderServerOptions): Promise<SftpFolderServer> {
  checkUsers(options.users);
  const fingerprint = hostKeyFingerprint(options.hostKey);
  for (const folder of options.layout.folders) await mkdir(join(options.root, folder), { recursive: true });
  const onUpload: UploadHandler = options.onUpload ?? (async () => undefined);
  const clients = new Set<Connection>();
  const server = new Server({ hostKeys: [options.hostKey] }, (client) => {
    clients.add(client);
    client.on('close', () => clients.delete(client));
    client.on('error', (e) => options.onError?.(e));
    client.on('authentication', (ctx) => authenticate(ctx, options.users));
    client.on('ready', () => client.on('session', (accept) => {
      accept().on('sftp', (acceptSftp) => new SftpSession(acceptSftp(), options.root, options.layout, onUpload));
    }));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => { server.off('error', reject); resolve(); });
  });
  return {
    port: (server.address() as AddressInfo).port, host, fingerprint,
    close: async () => {
      for (const c of clients) c.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
