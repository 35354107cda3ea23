import { folderTransport, sftpTransport, type FileTransport } from '@openrcm/file-transport';
import type { SecretResolver } from '@openrcm/sdk';
import type { DeliverySettings, SftpDeliverySettings } from './delivery-settings.schema';

/** The four directories of the exchange with the agency. */
export interface AgencyDirectories {
  /** Placement and recall files go here. */
  readonly outbound: string;
  /** The agency's activity files arrive here. */
  readonly inbound: string;
  /** Read activity files are moved here. */
  readonly processed: string;
  /** Refused activity files are moved here. */
  readonly refused: string;
}

/** The transport and the directories the delivery settings describe. */
export interface AgencyDelivery {
  readonly transport: FileTransport;
  readonly directories: AgencyDirectories;
}

function sftpOf(settings: SftpDeliverySettings, secrets: SecretResolver): FileTransport {
  const { host, port, username, hostKeySha256, connectTimeoutMs, operationTimeoutMs } = settings;
  return sftpTransport({
    host, port, username, hostKeySha256, connectTimeoutMs, operationTimeoutMs,
    credentials: () => ({
      ...(settings.password ? { password: secrets.resolve(settings.password) } : {}),
      ...(settings.privateKey ? { privateKey: secrets.resolve(settings.privateKey) } : {}),
      ...(settings.passphrase ? { passphrase: secrets.resolve(settings.passphrase) } : {}),
    }),
  });
}

/** The transport and directories of the settings; `processed` and `refused` default to directories beside `inbound`. */
export function agencyDelivery(settings: DeliverySettings, secrets: SecretResolver): AgencyDelivery {
  const transport = settings.type === 'folder' ? folderTransport() : sftpOf(settings, secrets);
  const beside = (name: string) => transport.join(transport.dirname(settings.inbound), name);
  return {
    transport,
    directories: {
      outbound: settings.outbound,
      inbound: settings.inbound,
      processed: settings.processed ?? beside('processed'),
      refused: settings.refused ?? beside('refused'),
    },
  };
}
