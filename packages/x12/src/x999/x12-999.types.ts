/** A CTX segment: business context (e.g. `CLM01` and the claim's patient control number) or segment context. */
export interface Context999 {
  /** CTX01-1, e.g. `CLM01` or `SITUATIONAL TRIGGER`. */
  name: string;
  /** CTX01-2, e.g. the CLM01 value. */
  value?: string;
  segmentId?: string;
  segmentPosition?: number;
  loopId?: string;
  elementPosition?: string;
  reference?: string;
}

/** IK4: an element error. */
export interface ElementError999 {
  /** IK401-1 element position, IK401-2 component, IK401-3 repetition. */
  position: number;
  componentPosition?: number;
  repetitionPosition?: number;
  dataElementReference?: string;
  /** IK403: implementation data element syntax error code. */
  code: string;
  badValue?: string;
  contexts: Context999[];
}

/** IK3: a segment error, with its element errors. */
export interface SegmentError999 {
  segmentId: string;
  /** IK302: position of the segment in the transaction set (ST is 1). */
  position: number;
  loopId?: string;
  /** IK304: implementation segment syntax error code. */
  code?: string;
  contexts: Context999[];
  elementErrors: ElementError999[];
}

/** AK2..IK5: the response to one transaction set. */
export interface TransactionResponse999 {
  setId: string;
  controlNumber: string;
  implementationRef?: string;
  segmentErrors: SegmentError999[];
  /** IK501: A accepted, E accepted with errors, M/R/W/X rejected. */
  status: string;
  statusLabel: AckStatusLabel;
  /** IK502-IK506. */
  errorCodes: string[];
  /** CLM01 values named by CTX segments of this transaction response. */
  claimIds: string[];
}

/** Readable meaning of an IK501 / AK901 code. */
export type AckStatusLabel = 'accepted' | 'accepted-with-errors' | 'partially-accepted' | 'rejected' | 'unknown';

/** A typed 999 implementation acknowledgment. */
export interface Acknowledgment999 {
  controlNumber: string;
  /** AK1: the functional group acknowledged. */
  group: { functionalId: string; controlNumber: string; version?: string };
  transactions: TransactionResponse999[];
  /** AK901: A, E, P or R (M/W/X also rejected). */
  groupStatus: string;
  groupStatusLabel: AckStatusLabel;
  includedCount: number;
  receivedCount: number;
  acceptedCount: number;
  groupErrorCodes: string[];
}
