import type { PluginStateStore } from '@openrcm/sdk';

/**
 * What the state store keeps per batch. `intent`: recorded before anything is sent; `posting`: an HTTPS POST was
 * started (its outcome is unknown if the process died); `delivered`: the file is in the outbox (or the POST answered 2xx).
 */
export interface SubmissionRecord {
  /** Where the protocol stands for the batch. */
  readonly phase: 'intent' | 'posting' | 'delivered';
  /** OpenRCM's id of the batch. */
  readonly batchId: string;
  /** The file name the batch is sent under. */
  readonly fileName: string;
  /** ISA13 of the interchange, to find the file if the receiver renamed it. */
  readonly isa13: string | undefined;
  /** SHA-256 of the 837P text (UTF-8), hexadecimal. */
  readonly sha256: string;
  /** The receipt's reference, once delivered. */
  readonly reference?: string;
  /** When delivery was recorded (ISO instant), once delivered. */
  readonly submittedAt?: string;
  /** How delivery was established: `uploaded`, or `found` in the outbox after a crash. */
  readonly deliveredBy?: 'uploaded' | 'found';
}

/** The state key of a batch's submission record. */
export function submissionKey(batchId: string): string {
  return `submission:${batchId}`;
}

/** Reads and writes submission records in the plugin's state store. */
export class SubmissionRecords {
  constructor(private readonly state: PluginStateStore) {}

  /** The record of `batchId`, if any. */
  get(batchId: string): Promise<SubmissionRecord | undefined> {
    return this.state.get<SubmissionRecord>(submissionKey(batchId));
  }

  /** Stores `record` under its batch id. */
  async put(record: SubmissionRecord): Promise<SubmissionRecord> {
    await this.state.set(submissionKey(record.batchId), record);
    return record;
  }
}
