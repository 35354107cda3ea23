import type { RequestContext } from '../context/request-context';
import type { OperationResult } from '../result/operation-result';

/** What a connector can do, so core only asks for what is there. @public */
export interface ClearinghouseCapabilities {
  /** Whether the connector submits 837P batches ({@link ClearinghouseConnector.submitBatch}). */
  readonly submitClaims: boolean;
  /** Whether the connector brings back inbound X12 documents (999, TA1, 277CA, 277, 835, 271) through `fetchInbound`. */
  readonly receiveDocuments: boolean;
  /** Whether the connector sends real-time 270 eligibility inquiries through `checkEligibility`. */
  readonly realTimeEligibility: boolean;
  /** Whether the connector sends real-time 276 claim status inquiries through `checkClaimStatus`. */
  readonly claimStatus: boolean;
}

/** A batch of claims as one 837P interchange. @public */
export interface ClaimBatch {
  /** OpenRCM's id of the batch. */
  readonly batchId: string;
  /** The file name to submit the interchange under, when the clearinghouse takes files. */
  readonly fileName: string;
  /** The complete 837P interchange text (ISA through IEA). */
  readonly x12: string;
  /** OpenRCM's ids of the claims in the batch. */
  readonly claimIds: readonly string[];
}

/** The clearinghouse's receipt for a batch. @public */
export interface SubmissionReceipt {
  /** The clearinghouse's id for the submission (file or batch id), used to follow it up. */
  readonly reference: string;
  /** When the clearinghouse accepted the submission (a UTC instant). */
  readonly submittedAt: Date;
}

/** The kinds of inbound X12 document. @public */
export type InboundDocumentKind = '999' | 'TA1' | '277CA' | '277' | '835' | '271';

/** A document received from the clearinghouse. @public */
export interface InboundDocument {
  /** Unique per connector: the file name or the clearinghouse's document id. */
  readonly reference: string;
  /** Which X12 transaction the document holds. */
  readonly kind: InboundDocumentKind;
  /** The document's X12 text as received. */
  readonly x12: string;
  /** When the clearinghouse received or made the document available (a UTC instant). */
  readonly receivedAt: Date;
}

/** Extension point `clearinghouse-connector`: submits claim batches and brings back what payers answer. @public */
export interface ClearinghouseConnector {
  /** A stable id for this connector, e.g. `stedi`. */
  readonly id: string;
  /** What the connector supports; core calls only the methods declared here. */
  readonly capabilities: ClearinghouseCapabilities;
  /** Submits one 837P batch; `SUCCESS` carries the clearinghouse's receipt. */
  submitBatch(context: RequestContext, batch: ClaimBatch): Promise<OperationResult<SubmissionReceipt>>;
  /** Documents that arrived since the last call; core records each reference so a document is taken once. */
  fetchInbound?(context: RequestContext): Promise<OperationResult<readonly InboundDocument[]>>;
  /** A 270 sent in real time; answers with the 271 text. */
  checkEligibility?(context: RequestContext, x12: string): Promise<OperationResult<string>>;
  /** A 276 sent in real time; answers with the 277 text. */
  checkClaimStatus?(context: RequestContext, x12: string): Promise<OperationResult<string>>;
}
