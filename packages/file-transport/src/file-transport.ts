/** One directory of a transport, in an open session. */
export interface TransportDirectory {
  /** The directory's path as configured (a local path for a folder transport, a remote one for SFTP). */
  readonly path: string;
  /** What the directory is called in error messages (`outbox`, `inbox`, `archive`…). */
  readonly label: string;
  /** The names of the regular files in the directory, sorted; hidden names (temporary `.part` uploads) excluded. */
  list(): Promise<string[]>;
  /** The content of the file `name` as bytes. */
  read(name: string): Promise<Buffer>;
  /**
   * Writes `name` so that no reader ever sees a partial file: under the hidden name `.<name>.part` first, then
   * renamed. Text is written as UTF-8.
   */
  write(name: string, content: string | Uint8Array): Promise<void>;
}

/** One connection to the counterparty's files, opened for a piece of work and closed after. */
export interface FileTransportSession {
  /** The directory at `path`, named `label` in error messages. Nothing is checked until it is used. */
  directory(path: string, label: string): TransportDirectory;
  /**
   * Moves the file `name` from `from` into `to`, creating `to` when it is missing and never replacing a file there:
   * when `to` already holds `name`, the file gets a timestamp prefix (`1768489200000-name`). Returns the name it got.
   */
  move(from: TransportDirectory, name: string, to: TransportDirectory): Promise<string>;
  /** Releases the connection. */
  close(): Promise<void>;
}

/** A configured file transport: local (or mounted) folders, or SFTP. */
export interface FileTransport {
  /** `folder` or `sftp`. */
  readonly type: 'folder' | 'sftp';
  /** Joins path segments the way this transport writes paths (the platform's for folders, POSIX for SFTP). */
  join(...segments: string[]): string;
  /** The directory a path is in, the way this transport writes paths. */
  dirname(path: string): string;
  /** Opens a session; throws a `TransportError` when it cannot. */
  open(): Promise<FileTransportSession>;
}
