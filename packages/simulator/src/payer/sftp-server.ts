import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PAYER_SFTP_LAYOUT, startSftpFolderServer } from '../sftp';
import { checkUsers, hostKeyFingerprint } from '../sftp/sftp-auth';
import type { SftpUser } from '../sftp';
import { createPayerRuleSet } from './default-rules';
import { PayerExchange } from './payer-exchange';
import type { ReceiveResult } from './payer-exchange';
import type { PayerRuleSet } from './payer-rules.types';

/** Options of {@link startPayerSftpServer}. */
export interface PayerSftpServerOptions {
  /** The local folder served: `<root>/outbox` holds uploads, `<root>/inbox` the answers, `<root>/.openrcm-sim` the state. */
  readonly root: string;
  /** TCP port (0: any free port). */
  readonly port: number;
  /** Address to listen on (default 127.0.0.1). */
  readonly host?: string;
  /** The server's private host key (OpenSSH or PEM); clients pin its fingerprint. */
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
 * Serves the payer exchange over SFTP (the simulator's SFTP folder server), from the practice's point of view: the
 * clearinghouse uploads 837P files into `/outbox` and downloads the answers from `/inbox` (`<ISA13>.999.x12` and
 * `<ISA13>.277CA.x12` as soon as the upload is closed, `<ISA13>.835.x12`… after `delayMs`). Uploads named `*.part` or
 * `*.tmp` wait for their rename. Users sign in by password or public key. The same exchange as the folder runner:
 * each file answered once.
 */
export async function startPayerSftpServer(options: PayerSftpServerOptions): Promise<PayerSftpServer> {
  checkUsers(options.users);
  hostKeyFingerprint(options.hostKey);
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
  const server = await startSftpFolderServer({
    root: options.root, layout: PAYER_SFTP_LAYOUT, port: options.port, hostKey: options.hostKey, users: options.users, onUpload,
    ...(options.host ? { host: options.host } : {}), onError: (e) => options.onError?.('ssh', e),
  });
  const timer = setInterval(() => void exchange.deliverDue().catch((e: Error) => options.onError?.('delivery', e)), options.pollMs ?? 200);
  return {
    port: server.port, host: server.host, fingerprint: server.fingerprint, exchange,
    close: async () => {
      clearInterval(timer);
      await server.close();
      await exchange.idle();
    },
  };
}
