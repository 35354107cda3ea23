import type { Clock, InboundDocument, InboundDocumentKind, PluginLogger, PluginStateStore } from '@openrcm/sdk';
import { inboundKindOf } from './inbound-kind';
import { sha256Of } from './outbox-lookup';
import type { BatchTransport, RemoteDirectory, TransportSession } from './transports';

/** What the state store keeps per inbound file content, by SHA-256. */
export interface SeenRecord {
  /** The file's name when it was first taken. */
  readonly name: string;
  /** The recognised kind, or `null` for a file that is not one of the inbound kinds (kept so it is not read again). */
  readonly kind: InboundDocumentKind | null;
  /** When the file was first taken (ISO instant). */
  readonly seenAt: string;
}

/** The state key of an inbound file's content. */
export function seenKey(sha256: string): string {
  return `inbound:${sha256}`;
}

/**
 * Polls the inbox: every file whose SHA-256 was not seen before is read, recognised (999, TA1, 277CA, 277, 835, 271)
 * and returned as an `InboundDocument` (reference `name#sha256`), and its hash recorded. Files already seen are
 * moved to the archive directory, when one is configured, on the poll after the one that returned them — so a file
 * leaves the inbox only once its record is stored. Nothing is deleted.
 */
export class InboundFetcher {
  constructor(
    private readonly transport: BatchTransport,
    private readonly state: PluginStateStore,
    private readonly clock: Clock,
    private readonly logger: PluginLogger,
  ) {}

  /** The documents that arrived since the last poll. */
  async fetch(): Promise<InboundDocument[]> {
    const session = await this.transport.open();
    try {
      const inbox = session.inbox;
      if (!inbox) return [];
      const documents: InboundDocument[] = [];
      for (const name of await inbox.list()) {
        const document = await this.take(session, inbox, name);
        if (document) documents.push(document);
      }
      return documents;
    } finally {
      await session.close();
    }
  }

  private async take(session: TransportSession, inbox: RemoteDirectory, name: string): Promise<InboundDocument | undefined> {
    const bytes = await inbox.read(name);
    const sha256 = sha256Of(bytes);
    if (await this.state.get<SeenRecord>(seenKey(sha256))) {
      await session.archive(name);
      return undefined;
    }
    const x12 = bytes.toString('utf8');
    const kind = inboundKindOf(x12) ?? null;
    const receivedAt = this.clock.now();
    await this.state.set(seenKey(sha256), { name, kind, seenAt: receivedAt.toISOString() } satisfies SeenRecord);
    if (kind === null) {
      this.logger.warn('inbound file is not a 999, TA1, 277CA, 277, 835 or 271; skipped', { file: name, sha256 });
      return undefined;
    }
    return { reference: `${name}#${sha256}`, kind, x12, receivedAt };
  }
}
