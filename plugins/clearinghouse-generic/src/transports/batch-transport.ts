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
  /** Opens a session; throws a `TransportError` (from `@openrcm/file-transport`) when it cannot. */
  open(): Promise<TransportSession>;
}
