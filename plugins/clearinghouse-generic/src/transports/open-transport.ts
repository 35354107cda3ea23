import type { PluginHttpClient, SecretResolver } from '@openrcm/sdk';
import type { TransportSettings } from '../transport-settings.schema';
import type { BatchTransport } from './batch-transport';
import { folderTransport } from './folder.transport';
import { httpsTransport } from './https.transport';
import { sftpTransport } from './sftp.transport';

/** The services transports use, from the plugin's context. */
export interface TransportServices {
  readonly http: PluginHttpClient;
  readonly secrets: SecretResolver;
}

/** The transport the settings choose. */
export function transportOf(settings: TransportSettings, services: TransportServices): BatchTransport {
  if (settings.type === 'folder') return folderTransport(settings);
  if (settings.type === 'sftp') return sftpTransport(settings, services.secrets);
  return httpsTransport(settings, services.http, services.secrets);
}
