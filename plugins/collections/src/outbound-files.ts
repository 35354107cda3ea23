import { createHash } from 'node:crypto';
import { TransportError } from '@openrcm/file-transport';
import { OperationResults, type Clock, type OperationResult, type PluginStateStore } from '@openrcm/sdk';
import type { AgencyDelivery } from './agency-delivery';

/** The files OpenRCM sends the agency. */
export type OutboundKind = 'placement' | 'recall' | 'direct-payment';

/** What the state store keeps per outbound batch, under `<kind>:<batchId>` (`placement:…`, `recall:…`, `direct-payment:…`). */
export interface OutboundRecord {
  /** `intent` before the file is written, `delivered` after. */
  readonly phase: 'intent' | 'delivered';
  /** The file's name in the outbound directory. */
  readonly fileName: string;
  /** SHA-256 of the file's content, hexadecimal. */
  readonly sha256: string;
  /** When delivery was recorded (ISO instant). */
  readonly deliveredAt?: string;
}

/** An outbound file of one batch. */
export interface OutboundFile {
  /** The state key's prefix and the words of messages. */
  readonly kind: OutboundKind;
  readonly batchId: string;
  /** The name a first delivery gives the file (a retry keeps the name recorded with the intent). */
  readonly fileName: string;
  readonly content: string;
}

const sha256Of = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');

/**
 * Writes each batch's file once, whatever the retries: the intent (name, SHA-256) is recorded before writing and
 * delivery after; a delivered batch answers its file name again without writing; a batch sent again with other
 * content is refused; a file already in the outbound directory under the name is taken as delivered when it is the
 * same content, and never overwritten when it is not.
 */
export class OutboundFiles {
  constructor(private readonly delivery: AgencyDelivery, private readonly state: PluginStateStore, private readonly clock: Clock) {}

  async deliver(file: OutboundFile): Promise<OperationResult<{ readonly reference: string }>> {
    const key = `${file.kind}:${file.batchId}`;
    const sha256 = sha256Of(file.content);
    const previous = await this.state.get<OutboundRecord>(key);
    if (previous && previous.sha256 !== sha256) {
      return OperationResults.exception(`${file.kind} batch ${file.batchId} was already sent with other accounts; send them as a new batch`, false);
    }
    if (previous?.phase === 'delivered') return OperationResults.success({ reference: previous.fileName });
    const intent: OutboundRecord = { phase: 'intent', fileName: previous?.fileName ?? file.fileName, sha256 };
    try {
      await this.write(key, intent, file.content);
      return OperationResults.success({ reference: intent.fileName });
    } catch (error) {
      if (error instanceof TransportError) return OperationResults.exception(error.message, error.retryable);
      throw error;
    }
  }

  private async write(key: string, intent: OutboundRecord, content: string): Promise<void> {
    const session = await this.delivery.transport.open();
    try {
      const outbound = session.directory(this.delivery.directories.outbound, 'outbound');
      if ((await outbound.list()).includes(intent.fileName)) {
        if (sha256Of(await outbound.read(intent.fileName)) !== intent.sha256) {
          throw new TransportError(`the outbound directory already holds a different file named ${intent.fileName}; refusing to overwrite it`, false);
        }
      } else {
        await this.state.set(key, intent);
        await outbound.write(intent.fileName, content);
      }
      await this.state.set(key, { ...intent, phase: 'delivered', deliveredAt: this.clock.now().toISOString() } satisfies OutboundRecord);
    } finally {
      await session.close();
    }
  }
}
