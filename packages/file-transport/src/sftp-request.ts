import type { SFTPWrapper } from 'ssh2';
import { TransportError } from './transport-error';

/** SFTP status codes (RFC draft-ietf-secsh-filexfer-02, §7) the transport tells apart. */
export const SFTP_NO_SUCH_FILE = 2;
const SFTP_PERMISSION_DENIED = 3;

/** One SFTP request in ssh2's callback style. */
export type SftpOperation<T> = (sftp: SFTPWrapper, done: (error: Error | null | undefined, value?: T) => void) => void;

/** A {@link TransportError} for a failed SFTP request: server statuses are not retryable, a lost connection is. */
export function sftpError(what: string, error: Error & { code?: unknown }): TransportError {
  if (error.code === SFTP_NO_SUCH_FILE) return new TransportError(`${what} failed: no such file or directory`, false);
  if (error.code === SFTP_PERMISSION_DENIED) return new TransportError(`${what} failed: permission denied`, false);
  if (typeof error.code === 'number') return new TransportError(`${what} failed (SFTP status ${error.code})`, false);
  return new TransportError(`${what} failed: the connection was lost`, true);
}

/** Runs one SFTP request with the operation timeout, as a promise; failures become {@link TransportError}s. */
export function runSftp<T>(sftp: SFTPWrapper, timeoutMs: number, what: string, operation: SftpOperation<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TransportError(`${what} timed out`, true)), timeoutMs);
    operation(sftp, (error, value) => {
      clearTimeout(timer);
      if (error) reject(sftpError(what, error));
      else resolve(value as T);
    });
  });
}

/** Whether `path` exists on the server: a `stat` answered NO_SUCH_FILE means no; any other failure is thrown. */
export function sftpExists(sftp: SFTPWrapper, timeoutMs: number, what: string, path: string): Promise<boolean> {
  return new Promise<boolean>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TransportError(`${what} timed out`, true)), timeoutMs);
    sftp.stat(path, (error: (Error & { code?: unknown }) | undefined) => {
      clearTimeout(timer);
      if (!error) resolve(true);
      else if (error.code === SFTP_NO_SUCH_FILE) resolve(false);
      else reject(sftpError(what, error));
    });
  });
}
