import { posix } from 'node:path';
import type { SecretResolver } from '@openrcm/sdk';
import type { FileEntryWithStats, SFTPWrapper } from 'ssh2';
import type { SftpTransportSettings } from '../transport-settings.schema';
import { isHidden, partName, TransportError, type BatchTransport, type RemoteDirectory, type TransportSession } from './batch-transport';
import { connectSftp } from './sftp-connect';

const SFTP_NO_SUCH_FILE = 2;
const SFTP_PERMISSION_DENIED = 3;

type Operation<T> = (sftp: SFTPWrapper, done: (error: Error | null | undefined, value?: T) => void) => void;

function sftpError(what: string, error: Error & { code?: unknown }): TransportError {
  if (error.code === SFTP_NO_SUCH_FILE) return new TransportError(`${what} failed: no such file or directory`, false);
  if (error.code === SFTP_PERMISSION_DENIED) return new TransportError(`${what} failed: permission denied`, false);
  if (typeof error.code === 'number') return new TransportError(`${what} failed (SFTP status ${error.code})`, false);
  return new TransportError(`${what} failed: the connection was lost`, true);
}

/** Runs one SFTP request with the operation timeout, as a promise. */
function run<T>(sftp: SFTPWrapper, timeoutMs: number, what: string, operation: Operation<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TransportError(`${what} timed out`, true)), timeoutMs);
    operation(sftp, (error, value) => {
      clearTimeout(timer);
      if (error) reject(sftpError(what, error));
      else resolve(value as T);
    });
  });
}

function remoteDirectory(sftp: SFTPWrapper, path: string, label: string, timeoutMs: number): RemoteDirectory {
  return {
    async list() {
      const entries = await run<FileEntryWithStats[]>(sftp, timeoutMs, `listing the remote ${label}`, (s, done) => s.readdir(path, done));
      return entries.filter((entry) => entry.attrs.isFile() && !isHidden(entry.filename)).map((entry) => entry.filename).sort();
    },
    read: (name) => run(sftp, timeoutMs, `reading ${name} from the remote ${label}`, (s, done) => s.readFile(posix.join(path, name), done)),
  };
}

function sftpSession(settings: SftpTransportSettings, sftp: SFTPWrapper, end: () => void): TransportSession {
  const timeoutMs = settings.operationTimeoutMs;
  const step = <T>(what: string, operation: Operation<T>) => run(sftp, timeoutMs, what, operation);
  return {
    outbox: remoteDirectory(sftp, settings.outbox, 'outbox', timeoutMs),
    inbox: remoteDirectory(sftp, settings.inbox, 'inbox', timeoutMs),
    async upload(fileName, x12) {
      const temporary = posix.join(settings.outbox, partName(fileName));
      await step<void>(`uploading ${fileName}`, (s, done) => s.writeFile(temporary, x12, { encoding: 'utf8' }, done));
      await step<void>(`renaming ${fileName} into place`, (s, done) => s.rename(temporary, posix.join(settings.outbox, fileName), done));
    },
    async archive(name) {
      const archive = settings.archive;
      if (!archive) return;
      await step<void>(`moving ${name} to the remote archive`, (s, done) => s.rename(posix.join(settings.inbox, name), posix.join(archive, name), done));
    },
    close: async () => end(),
  };
}

/** SFTP with a pinned host key: uploads under a temporary name in the outbox, then renames it. */
export function sftpTransport(settings: SftpTransportSettings, secrets: SecretResolver): BatchTransport {
  return {
    type: 'sftp',
    receives: true,
    async open() {
      const { client, sftp } = await connectSftp(settings, secrets);
      return sftpSession(settings, sftp, () => client.end());
    },
  };
}
