import { OperationResults, type Clock, type ClaimBatch, type OperationResult, type SubmissionReceipt } from '@openrcm/sdk';
import { interchangeControlNumber } from './inbound-kind';
import { findInOutbox, sha256Of } from './outbox-lookup';
import { SubmissionRecords, type SubmissionRecord } from './submission-record';
import { TransportError, type BatchTransport, type TransportSession } from './transports';

/** Test-only fault injection: each hook runs at its point of the protocol and may throw to simulate a crash there. */
export interface SubmitterFaults {
  /** After the intent is recorded, before anything is sent. */
  readonly afterIntent?: () => void;
  /** After the file is delivered, before delivery is recorded. */
  readonly afterUpload?: () => void;
}

function receiptOf(record: SubmissionRecord): SubmissionReceipt {
  return { reference: record.reference ?? record.fileName, submittedAt: new Date(record.submittedAt ?? 0) };
}

/**
 * Submits 837P batches once each, whatever the retries and crashes: the intent is recorded (file name, ISA13,
 * SHA-256) before sending, the file is uploaded under a temporary name and renamed, and delivery is recorded after.
 * A retry finds a delivered batch in the state store; after a crash between upload and record it finds the file in
 * the outbox (by name, SHA-256 or ISA13) and records it without sending it again.
 */
export class BatchSubmitter {
  private readonly records: SubmissionRecords;

  constructor(
    private readonly transport: BatchTransport,
    state: ConstructorParameters<typeof SubmissionRecords>[0],
    private readonly clock: Clock,
    private readonly faults: SubmitterFaults = {},
  ) {
    this.records = new SubmissionRecords(state);
  }

  /** Delivers `batch` (once); `SUCCESS` carries the receipt, a transport failure an `EXCEPTION`. */
  async submit(batch: ClaimBatch): Promise<OperationResult<SubmissionReceipt>> {
    const sha256 = sha256Of(batch.x12);
    const previous = await this.records.get(batch.batchId);
    if (previous && previous.sha256 !== sha256) {
      return OperationResults.exception(`batch ${batch.batchId} was already submitted with different content; build a new batch`, false);
    }
    if (previous?.phase === 'delivered') return OperationResults.success(receiptOf(previous));
    if (previous?.phase === 'posting') {
      return OperationResults.exception(`batch ${batch.batchId}: an earlier POST was interrupted and its outcome is unknown; confirm with the clearinghouse before resubmitting as a new batch`, false);
    }
    try {
      return OperationResults.success(await this.deliver(batch, sha256, previous !== undefined));
    } catch (error) {
      if (error instanceof TransportError) return OperationResults.exception(error.message, error.retryable);
      throw error;
    }
  }

  private async deliver(batch: ClaimBatch, sha256: string, afterCrash: boolean): Promise<SubmissionReceipt> {
    const intent: SubmissionRecord = { phase: 'intent', batchId: batch.batchId, fileName: batch.fileName, isa13: interchangeControlNumber(batch.x12), sha256 };
    const session = await this.transport.open();
    try {
      const found = session.outbox ? await findInOutbox(session.outbox, intent, afterCrash) : undefined;
      if (found !== undefined) return receiptOf(await this.recordDelivered(intent, found, 'found'));
      await this.records.put(intent);
      this.faults.afterIntent?.();
      await this.send(session, intent, batch.x12);
      this.faults.afterUpload?.();
      return receiptOf(await this.recordDelivered(intent, batch.fileName, 'uploaded'));
    } finally {
      await session.close();
    }
  }

  /**
   * Uploads the file. Without an outbox to look into (HTTPS), the POST is marked `posting` first, so a retry after a
   * crash during it refuses to guess; a POST that failed while the process lived goes back to `intent`.
   */
  private async send(session: TransportSession, intent: SubmissionRecord, x12: string): Promise<void> {
    if (session.outbox) return session.upload(intent.fileName, x12);
    await this.records.put({ ...intent, phase: 'posting' });
    try {
      await session.upload(intent.fileName, x12);
    } catch (error) {
      await this.records.put(intent);
      throw error;
    }
  }

  private recordDelivered(intent: SubmissionRecord, reference: string, deliveredBy: 'uploaded' | 'found'): Promise<SubmissionRecord> {
    return this.records.put({ ...intent, phase: 'delivered', reference, submittedAt: this.clock.now().toISOString(), deliveredBy });
  }
}
