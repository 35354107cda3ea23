import { Client, type ConnectConfig, type SFTPWrapper } from 'ssh2';
import { matchesPinnedKey } from './host-key';
import { codeOf, TransportError } from './transport-error';

/** The secrets of an SFTP login; at least one of `password` and `privateKey`. */
export interface SftpCredentials {
  /** The password. */
  readonly password?: string;
  /** A private key, OpenSSH or PEM text. */
  readonly privateKey?: string;
  /** The private key's passphrase. */
  readonly passphrase?: string;
}

/** Where and how to connect over SFTP. */
export interface SftpTransportOptions {
  /** The SFTP server's host name or address. */
  readonly host: string;
  /** The SFTP server's port. */
  readonly port: number;
  /** The login. */
  readonly username: string;
  /** The pinned host key's SHA-256 fingerprint (`SHA256:` optional): any other key is refused before a credential is sent. */
  readonly hostKeySha256: string;
  /** Give up connecting (TCP and SSH handshake) after this many milliseconds. */
  readonly connectTimeoutMs: number;
  /** Give up on one file operation after this many milliseconds. */
  readonly operationTimeoutMs: number;
  /** The credentials, asked for each time a connection is made (so secrets are read late and not kept). */
  credentials(): SftpCredentials;
}

/** An open SSH connection and its SFTP channel. */
export interface SftpConnection {
  /** The SSH connection (ended when the session closes). */
  readonly client: Client;
  /** The SFTP channel on it. */
  readonly sftp: SFTPWrapper;
}

function connectionError(options: SftpTransportOptions, error: Error & { level?: string }, hostKeyRefused: boolean): TransportError {
  const where = `SFTP ${options.host}:${options.port}`;
  if (hostKeyRefused) {
    return new TransportError(`${where}: the server's host key does not match the pinned fingerprint (hostKeySha256); refusing to connect`, false);
  }
  if (error.level === 'client-authentication') return new TransportError(`${where}: authentication failed for user ${options.username}`, false);
  if (error.level === 'client-timeout') return new TransportError(`${where}: timed out connecting`, true);
  const code = codeOf(error);
  if (code === 'ENOTFOUND') return new TransportError(`${where}: host not found`, false);
  return new TransportError(`${where}: connection failed${code === undefined ? '' : ` (${String(code)})`}`, true);
}

/** Connects, verifying the host key against the pinned fingerprint before any credential is sent, and opens SFTP. */
export function connectSftp(options: SftpTransportOptions): Promise<SftpConnection> {
  const { password, privateKey, passphrase } = options.credentials();
  const config: ConnectConfig = {
    host: options.host,
    port: options.port,
    username: options.username,
    readyTimeout: options.connectTimeoutMs,
    ...(password !== undefined ? { password } : {}),
    ...(privateKey !== undefined ? { privateKey } : {}),
    ...(passphrase !== undefined ? { passphrase } : {}),
  };
  return new Promise((resolve, reject) => {
    const client = new Client();
    let hostKeyRefused = false;
    let settled = false;
    const fail = (error: TransportError) => {
      if (settled) return;
      settled = true;
      client.end();
      reject(error);
    };
    client.on('error', (error) => fail(connectionError(options, error, hostKeyRefused)));
    client.on('ready', () => {
      client.sftp((error, sftp) => {
        if (error) return fail(new TransportError(`SFTP ${options.host}:${options.port}: the server refused the SFTP subsystem`, false));
        settled = true;
        resolve({ client, sftp });
      });
    });
    client.connect({
      ...config,
      hostVerifier: (key: Buffer) => {
        hostKeyRefused = !matchesPinnedKey(key, options.hostKeySha256);
        return !hostKeyRefused;
      },
    });
  });
}
