import { folderTransport, sftpTransport, type SftpCredentials } from '@openrcm/file-transport';
import type { PluginHttpClient, SecretResolver } from '@openrcm/sdk';
import type { SftpTransportSettings, TransportSettings } from '../transport-settings.schema';
import type { BatchTransport } from './batch-transport';
import { fileBatchTransport } from './file-batch.transport';
import { httpsTransport } from './https.transport';

/** The services transports use, from the plugin's context. */
export interface TransportServices {
  readonly http: PluginHttpClient;
  readonly secrets: SecretResolver;
}

function credentials(settings: SftpTransportSettings, secrets: SecretResolver): SftpCredentials {
  return {
    ...(settings.password ? { password: secrets.resolve(settings.password) } : {}),
    ...(settings.privateKey ? { privateKey: secrets.resolve(settings.privateKey) } : {}),
    ...(settings.passphrase ? { passphrase: secrets.resolve(settings.passphrase) } : {}),
  };
}

/** The transport the settings choose. */
export function transportOf(settings: TransportSettings, services: TransportServices): BatchTransport {
  if (settings.type === 'folder') return fileBatchTransport(folderTransport(), settings);
  if (settings.type === 'sftp') {
    const { host, port, username, hostKeySha256, connectTimeoutMs, operationTimeoutMs } = settings;
    const files = sftpTransport({ host, port, username, hostKeySha256, connectTimeoutMs, operationTimeoutMs, credentials: () => credentials(settings, services.secrets) });
    return fileBatchTransport(files, settings);
  }
  return httpsTransport(settings, services.http, services.secrets);
}
