import { mkdir, readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Server } from 'ssh2';
import type { Connection } from 'ssh2';
import { createPayerRuleSet } from './default-rules';
import { PayerExchange } from './payer-exchange';
import type { ReceiveResult } from './payer-exchange';
import type { PayerRuleSet } from './payer-rules.types';
import { authenticate, checkUsers, hostKeyFingerprint } from './sftp-auth';
import type { SftpUser } from './sftp-auth';
import { SftpSession } from './sftp-session';

/** Options of {@link startPayerSftpServer}. */
export interface PayerSftpServerOptions {
  /** The local folder served: `<root>/outbox` holds uploads, `<root>/inbox` the answers, `<root>/.openrcm-sim` the state. */
  readonly root: string;
  /** TCP port (0: any free port). */
  readonly port: number;
  /** Address to listen on (default 127.0.0.1). */
  readonly host?: string;
  /** The server's private host key (OpenSSH or PEM); clients pin its {@link hostKeyFingerprint}. */
  readonly hostKey: string | Buffer;
  readonly users: readonly SftpUser[];
  readonly rules?: PayerRuleSet;
  readonly seed?: number;
  /** Delay before the 835s, in milliseconds (default 0). */
  readonly delayMs?: number;
  /** How often due 835s are delivered, in milliseconds (default 200). */
  readonly pollMs?: number;
  readonly clock?: () => Date;
  readonly onResult?: (file: string, result: ReceiveResult) => void;
  readonly onError?: (file: string, error: Error) => void;
}

/** A running payer SFTP server. */
export interface PayerSftpServer {
  readonly port: number;
  readonly host: string;
  /** `SHA256:…`, the fingerprint clients pin. */
  readonly fingerprint: string;
  readonly exchange: PayerExchange;
  close(): Promise<void>;
}

function ignoredUpload(name: string): boolean {
  return name.endsWith('.part') || name.endsWith('.tmp');
}

/**
 * Serves the payer exchange over SFTP (ssh2's `Server`), from the practice's point of view: the clearinghouse uploads
 * 837P files into `/outbox` and downloads the answers from `/inbox` (`<ISA13>.999.x12` and `<ISA13>.277CA.x12` as soon
 * as the upload is closed, `<ISA13>.835.x12`… after `delayMs`). Uploads named `*.part` or `*.tmp` wait for their
 * rename. Users sign in by password or public key. The same exchange as the folder runner: each file answered once.
 */
export async function startPayerSftpServer(options: PayerSftpServerOptions): Promise<PayerSftpServer> {
  checkUsers(options.users);
  const fingerprint = hostKeyFingerprint(options.hostKey);
  await mkdir(join(options.root, 'outbox'), { recursive: true });
  const exchange = await PayerExchange.open({
    rules: options.rules ?? createPayerRuleSet(), seed: options.seed ?? 1, delayMs: options.delayMs ?? 0,
    answersDir: join(options.root, 'inbox'), stateDir: join(options.root, '.openrcm-sim'), ...(options.clock ? { clock: options.clock } : {}),
  });
  const onUpload = async (file: string, name: string) => {
    if (ignoredUpload(name)) return;
    try {
      options.onResult?.(name, await exchange.receive(await readFile(file), name));
    } catch (e) {
      options.onError?.(name, e as Error);
    }
  };
  const clients = new Set<Connection>();
  const server = new Server({ hostKeys: [options.hostKey] }, (client) => {
    clients.add(client);
    client.on('close', () => clients.delete(client));
    client.on('error', (e) => options.onError?.('ssh', e));
    client.on('authentication', (ctx) => authenticate(ctx, options.users));
    client.on('ready', () => client.on('session', (accept) => {
      accept().on('sftp', (acceptSftp) => new SftpSession(acceptSftp(), options.root, onUpload));
    }));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => { server.off('error', reject); resolve(); });
  });
  const timer = setInterval(() => void exchange.deliverDue().catch((e: Error) => options.onError?.('delivery', e)), options.pollMs ?? 200);
  return {
    port: (server.address() as AddressInfo).port, host, fingerprint, exchange,
    close: async () => {
      clearInterval(timer);
      for (const c of clients) c.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await exchange.idle();
    },
  };
}
