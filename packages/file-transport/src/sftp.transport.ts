import { posix } from 'node:path';
import type { FileEntryWithStats, SFTPWrapper } from 'ssh2';
import type { FileTransport, FileTransportSession, TransportDirectory } from './file-transport';
import { isHidden, partName, timestampedName } from './hidden-names';
import { connectSftp, type SftpTransportOptions } from './sftp-connect';
import { runSftp, sftpExists, type SftpOperation } from './sftp-request';

function remoteDirectory(sftp: SFTPWrapper, timeoutMs: number, path: string, label: string): TransportDirectory {
  const step = <T>(what: string, operation: SftpOperation<T>) => runSftp(sftp, timeoutMs, what, operation);
  return {
    path,
    label,
    async list() {
      const entries = await step<FileEntryWithStats[]>(`listing the remote ${label}`, (s, done) => s.readdir(path, done));
      return entries.filter((entry) => entry.attrs.isFile() && !isHidden(entry.filename)).map((entry) => entry.filename).sort();
    },
    read: (name) => step(`reading ${name} from the remote ${label}`, (s, done) => s.readFile(posix.join(path, name), done)),
    async write(name, content) {
      const temporary = posix.join(path, partName(name));
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
      await step<void>(`uploading ${name}`, (s, done) => s.writeFile(temporary, bytes, done));
      await step<void>(`renaming ${name} into place`, (s, done) => s.rename(temporary, posix.join(path, name), done));
    },
  };
}

async function freeRemoteName(sftp: SFTPWrapper, timeoutMs: number, what: string, directory: string, name: string): Promise<string> {
  if (!(await sftpExists(sftp, timeoutMs, what, posix.join(directory, name)))) return name;
  const now = new Date();
  for (let attempt = 0; ; attempt++) {
    const candidate = timestampedName(name, now, attempt);
    if (!(await sftpExists(sftp, timeoutMs, what, posix.join(directory, candidate)))) return candidate;
  }
}

function sftpSession(sftp: SFTPWrapper, timeoutMs: number, end: () => void): FileTransportSession {
  return {
    directory: (path, label) => remoteDirectory(sftp, timeoutMs, path, label),
    async move(from, name, to) {
      const what = `moving ${name} to the remote ${to.label}`;
      if (!(await sftpExists(sftp, timeoutMs, what, to.path))) await runSftp<void>(sftp, timeoutMs, what, (s, done) => s.mkdir(to.path, done));
      const target = await freeRemoteName(sftp, timeoutMs, what, to.path, name);
      await runSftp<void>(sftp, timeoutMs, what, (s, done) => s.rename(posix.join(from.path, name), posix.join(to.path, target), done));
      return target;
    },
    close: async () => end(),
  };
}

/** SFTP with a pinned host key: uploads under a temporary name, then renames it; one connection per session. */
export function sftpTransport(options: SftpTransportOptions): FileTransport {
  return {
    type: 'sftp',
    join: posix.join,
    dirname: posix.dirname,
    async open() {
      const { client, sftp } = await connectSftp(options);
      return sftpSession(sftp, options.operationTimeoutMs, () => client.end());
    },
  };
}
