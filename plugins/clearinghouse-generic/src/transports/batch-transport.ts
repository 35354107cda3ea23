/** A remote directory the connector can list and read (the outbox, for crash recovery, and the inbox). */
export interface RemoteDirectory {
  /** The names of the regular files in the directory (temporary `.part` files of uploads excluded). */
  list(): Promise<string[]>;
  /** The content of the file `name` as bytes. */
  read(name: string): Promise<Buffer>;
}

/** One connection to the clearinghouse, opened for a submission or an inbound poll and closed after. */
export interface TransportSession {
  /** Delivers the 837P under `fileName` so that no reader ever sees a partial file (temporary name, then rename). */
  upload(fileName: string, x12: string): Promise<void>;
  /** The outbox, when the transport can look into it (folder, SFTP); absent for HTTPS. */
  readonly outbox?: RemoteDirectory;
  /** The inbox, when the transport brings documents back (folder, SFTP). */
  readonly inbox?: RemoteDirectory;
  /** Moves a processed inbox file to the archive directory, when one is configured; does nothing otherwise. */
  archive(name: string): Promise<void>;
  /** Releases the connection. */
  close(): Promise<void>;
}

/** A configured batch transport. */
export interface BatchTransport {
  /** `folder`, `sftp` or `https`. */
  readonly type: string;
  /** Whether the transport brings inbound documents back. */
  readonly receives: boolean;
  /** Opens a session; throws a {@link TransportError} when it cannot. */
  open(): Promise<TransportSession>;
}

/** A transport failure, with whether trying again later may succeed; the message names no secret and no patient. */
export class TransportError extends Error {
  constructor(message: string, readonly retryable: boolean) {
    super(message);
    this.name = 'TransportError';
  }
}

/** The prefix and suffix of temporary upload names, which listings skip. */
export const PART_PREFIX = '.';
/** See {@link PART_PREFIX}. */
export const PART_SUFFIX = '.part';

/** The temporary name a file is uploaded under before it is renamed to `fileName`. */
export function partName(fileName: string): string {
  return `${PART_PREFIX}${fileName}${PART_SUFFIX}`;
}

/** Whether a listed name is one of the connector's temporary uploads (or another hidden file). */
export function isHidden(name: string): boolean {
  return name.startsWith(PART_PREFIX);
}
