import type { SecretResolver } from '@openrcm/sdk';
import { Client, type ConnectConfig, type SFTPWrapper } from 'ssh2';
import type { SftpTransportSettings } from '../transport-settings.schema';
import { TransportError } from './batch-transport';
import { matchesPinnedKey } from './host-key';
import { codeOf } from './io-errors';

/** An open SSH connection and its SFTP channel. */
export interface SftpConnection {
  /** The SSH connection (ended when the session closes). */
  readonly client: Client;
  /** The SFTP channel on it. */
  readonly sftp: SFTPWrapper;
}

function credentials(settings: SftpTransportSettings, secrets: SecretResolver): Pick<ConnectConfig, 'password' | 'privateKey' | 'passphrase'> {
  return {
    ...(settings.password ? { password: secrets.resolve(settings.password) } : {}),
    ...(settings.privateKey ? { privateKey: secrets.resolve(settings.privateKey) } : {}),
    ...(settings.passphrase ? { passphrase: secrets.resolve(settings.passphrase) } : {}),
  };
}

function connectionError(settings: SftpTransportSettings, error: Error & { level?: string }, hostKeyRefused: boolean): TransportError {
  const where = `SFTP ${settings.host}:${settings.port}`;
  if (hostKeyRefused) {
    return new TransportError(`${where}: the server's host key does not match the pinned fingerprint (hostKeySha256); refusing to connect`, false);
  }
  if (error.level === 'client-authentication') return new TransportError(`${where}: authentication failed for user ${settings.username}`, false);
  if (error.level === 'client-timeout') return new TransportError(`${where}: timed out connecting`, true);
  const code = codeOf(error);
  if (code === 'ENOTFOUND') return new TransportError(`${where}: host not found`, false);
  return new TransportError(`${where}: connection failed${code === undefined ? '' : ` (${String(code)})`}`, true);
}

/** Connects, verifying the host key against the pinned fingerprint before any credential is sent, and opens SFTP. */
export function connectSftp(settings: SftpTransportSettings, secrets: SecretResolver): Promise<SftpConnection> {
  const config: ConnectConfig = {
    host: settings.host,
    port: settings.port,
    username: settings.username,
    readyTimeout: settings.connectTimeoutMs,
    ...credentials(settings, secrets),
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
    client.on('error', (error) => fail(connectionError(settings, error, hostKeyRefused)));
    client.on('ready', () => {
      client.sftp((error, sftp) => {
        if (error) return fail(new TransportError(`SFTP ${settings.host}:${settings.port}: the server refused the SFTP subsystem`, false));
        settled = true;
        resolve({ client, sftp });
      });
    });
    client.connect({
      ...config,
      hostVerifier: (key: Buffer) => {
        hostKeyRefused = !matchesPinnedKey(key, settings.hostKeySha256);
        return !hostKeyRefused;
      },
    });
  });
}
