import type { FileTransport } from '@openrcm/file-transport';
import type { BatchTransport, TransportSession } from './batch-transport';

/** The directories of a file-based batch transport, from the settings. */
export interface BatchDirectories {
  /** Where 837P files are written. */
  readonly outbox: string;
  /** Where the clearinghouse drops its answers. */
  readonly inbox: string;
  /** Where taken inbox files are moved, when configured. */
  readonly archive?: string;
}

/**
 * Batches over a folder or SFTP transport of `@openrcm/file-transport`: the 837P is written under a temporary name
 * in the outbox and renamed; the outbox and the inbox can be listed and read; taken inbox files go to the archive.
 */
export function fileBatchTransport(files: FileTransport, directories: BatchDirectories): BatchTransport {
  return {
    type: files.type,
    receives: true,
    async open(): Promise<TransportSession> {
      const session = await files.open();
      const outbox = session.directory(directories.outbox, 'outbox');
      const inbox = session.directory(directories.inbox, 'inbox');
      const archive = directories.archive === undefined ? undefined : session.directory(directories.archive, 'archive');
      return {
        outbox,
        inbox,
        upload: (fileName, x12) => outbox.write(fileName, x12),
        async archive(name) {
          if (archive) await session.move(inbox, name, archive);
        },
        close: () => session.close(),
      };
    },
  };
}
