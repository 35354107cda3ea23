import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startSftpFolderServer } from '../sftp';
import type { SftpFolderLayout, SftpUser } from '../sftp';
import { CollectionAgencyFake, type AgencyReceipt, type CollectionAgencyFakeOptions } from './collection-agency.fake';

/**
 * The agency's SFTP folders, from the practice's point of view: placements and recalls are uploaded into `/outbound`,
 * activity files are picked up from `/inbound` and moved to `/processed` or `/refused` beside it.
 */
export const AGENCY_SFTP_LAYOUT: SftpFolderLayout = {
  folders: ['outbound', 'inbound', 'processed', 'refused'],
  uploads: ['outbound'],
  moves: [['inbound', 'processed'], ['inbound', 'refused']],
};

/** Options of {@link startAgencySftpServer}. */
export interface AgencySftpServerOptions {
  /** The local folder served: `<root>/outbound`, `<root>/inbound`, `<root>/processed`, `<root>/refused`. */
  readonly root: string;
  /** TCP port (0: any free port). */
  readonly port: number;
  /** Address to listen on (default 127.0.0.1). */
  readonly host?: string;
  /** The server's private host key (OpenSSH or PEM); the practice pins its fingerprint. */
  readonly hostKey: string | Buffer;
  readonly users: readonly SftpUser[];
  /** The agency: everything but its directories, which are the served folders. */
  readonly agency: Omit<CollectionAgencyFakeOptions, 'placementsDir' | 'activityDir'>;
  /** Called with what the agency made of each upload. */
  readonly onReceipt?: (receipt: AgencyReceipt) => void;
  /** Called when an upload cannot be read (a malformed placement) or an SSH connection fails. */
  readonly onError?: (file: string, error: Error) => void;
}

/** A running agency SFTP server. */
export interface AgencySftpServer {
  readonly port: number;
  readonly host: string;
  /** `SHA256:…`, the fingerprint the practice pins. */
  readonly fingerprint: string;
  /** The agency: call `work()` to have it write an activity file into `/inbound`. */
  readonly agency: CollectionAgencyFake;
  close(): Promise<void>;
}

/**
 * The collection agency fake behind the simulator's SFTP folder server: each placement or recall uploaded into
 * `/outbound` is handed to the agency as soon as it is whole (a `.part` upload when renamed); the agency's activity
 * files appear in `/inbound` when the test calls `agency.work()`.
 */
export async function startAgencySftpServer(options: AgencySftpServerOptions): Promise<AgencySftpServer> {
  const agency = new CollectionAgencyFake({ ...options.agency, placementsDir: join(options.root, 'outbound'), activityDir: join(options.root, 'inbound') });
  const server = await startSftpFolderServer({
    root: options.root, layout: AGENCY_SFTP_LAYOUT, port: options.port, hostKey: options.hostKey, users: options.users,
    ...(options.host ? { host: options.host } : {}),
    onUpload: async (file, name) => {
      try {
        const receipt = agency.receive(name, await readFile(file));
        options.onReceipt?.(receipt);
      } catch (error) {
        options.onError?.(name, error as Error);
      }
    },
    onError: (error) => options.onError?.('ssh', error),
  });
  return { port: server.port, host: server.host, fingerprint: server.fingerprint, agency, close: () => server.close() };
}
