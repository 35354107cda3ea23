import type { RequestContext } from '../context/request-context';
import type { OperationResult } from '../result/operation-result';

/** What a connector can do, so core only asks for what is there. @public */
export interface ClearinghouseCapabilities {
  readonly submitClaims: boolean;
  readonly receiveDocuments: boolean;
  readonly realTimeEligibility: boolean;
  readonly claimStatus: boolean;
}

/** A batch of claims as one 837P interchange. @public */
export interface ClaimBatch {
  readonly batchId: string;
  readonly fileName: string;
  readonly x12: string;
  readonly claimIds: readonly string[];
}

/** The clearinghouse's receipt for a batch. @public */
export interface SubmissionReceipt {
  readonly reference: string;
  readonly submittedAt: Date;
}

/** The kinds of inbound X12 document. @public */
export type InboundDocumentKind = '999' | 'TA1' | '277CA' | '277' | '835' | '271';

/** A document received from the clearinghouse. @public */
export interface InboundDocument {
  /** Unique per connector: the file name or the clearinghouse's document id. */
  readonly reference: string;
  readonly kind: InboundDocumentKind;
  readonly x12: string;
  readonly receivedAt: Date;
}

/** Extension point `clearinghouse-connector`: submits claim batches and brings back what payers answer. @public */
export interface ClearinghouseConnector {
  readonly id: string;
  readonly capabilities: ClearinghouseCapabilities;
  submitBatch(context: RequestContext, batch: ClaimBatch): Promise<OperationResult<SubmissionReceipt>>;
  /** Documents that arrived since the last call; core records each reference so a document is taken once. */
  fetchInbound?(context: RequestContext): Promise<OperationResult<readonly InboundDocument[]>>;
  /** A 270 sent in real time; answers with the 271 text. */
  checkEligibility?(context: RequestContext, x12: string): Promise<OperationResult<string>>;
  /** A 276 sent in real time; answers with the 277 text. */
  checkClaimStatus?(context: RequestContext, x12: string): Promise<OperationResult<string>>;
}
