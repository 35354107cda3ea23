import { createHash } from 'node:crypto';
import type { FormField } from './multipart.codec';

/**
 * The CAQH CORE Connectivity Rule vC2.2.0 (Phase II CORE 270) envelope of a real-time exchange over HTTP MIME
 * multipart: field names, payload types and the rule version, as the rule's envelope metadata names them.
 */
export const CORE_RULE_VERSION = '2.2.0';
/** ProcessingMode of a real-time exchange. */
export const REAL_TIME = 'RealTime';
/** ErrorCode of an envelope the receiver processed. */
export const CORE_SUCCESS = 'Success';

/** The real-time transactions this connector sends, with the request and response PayloadType of each. */
export const PAYLOAD_TYPES = {
  eligibility: { request: 'X12_270_Request_005010X279A1', response: 'X12_271_Response_005010X279A1' },
  claimStatus: { request: 'X12_276_Request_005010X212', response: 'X12_277_Response_005010X212' },
} as const;

/** A response PayloadType meaning the X12 payload itself was refused (a 999 acknowledgment instead of the answer). */
export const PAYLOAD_TYPE_999 = 'X12_999_Response_005010X231A1';

/** What a request envelope carries besides the payload. */
export interface CoreRequestEnvelope {
  /** `X12_270_Request_005010X279A1` or `X12_276_Request_005010X212`. */
  readonly payloadType: string;
  /** A UUID (RFC 4122) identifying this payload. */
  readonly payloadId: string;
  /** When the message is sent, as `YYYY-MM-DDThh:mm:ssZ`. */
  readonly timeStamp: string;
  /** The submitter's id, agreed with the receiver. */
  readonly senderId: string;
  /** The receiver's (clearinghouse's or payer's) id. */
  readonly receiverId: string;
  /** The X12 interchange. */
  readonly payload: string;
  /** Adds `Checksum` (SHA-1 of the payload, hexadecimal), for receivers that ask for it. */
  readonly checksum?: boolean;
  /** Credentials sent in the envelope (`UserName`, `Password`) when the receiver authenticates that way. */
  readonly credentials?: { readonly userName: string; readonly password: string };
}

/** A CORE time stamp (xs:dateTime in UTC, no fraction). */
export function coreTimeStamp(at: Date): string {
  return `${at.toISOString().slice(0, 19)}Z`;
}

/** The SHA-1 checksum of a payload, in lower-case hexadecimal. */
export function payloadChecksum(payload: string): string {
  return createHash('sha1').update(payload, 'utf8').digest('hex');
}

/** The fields of a real-time request envelope, in the order of the rule's metadata table. */
export function coreRequestFields(envelope: CoreRequestEnvelope): FormField[] {
  const fields: FormField[] = [
    { name: 'PayloadType', value: envelope.payloadType },
    { name: 'ProcessingMode', value: REAL_TIME },
    { name: 'PayloadID', value: envelope.payloadId },
    { name: 'TimeStamp', value: envelope.timeStamp },
    { name: 'SenderID', value: envelope.senderId },
    { name: 'ReceiverID', value: envelope.receiverId },
    { name: 'CORERuleVersion', value: CORE_RULE_VERSION },
  ];
  if (envelope.checksum) fields.push({ name: 'Checksum', value: payloadChecksum(envelope.payload) });
  if (envelope.credentials) {
    fields.push({ name: 'UserName', value: envelope.credentials.userName }, { name: 'Password', value: envelope.credentials.password });
  }
  fields.push({ name: 'Payload', value: envelope.payload });
  return fields;
}

/** A response envelope as read: the fields the connector uses, `undefined` when absent or empty. */
export interface CoreResponseEnvelope {
  /** `X12_271_Response_005010X279A1`, `X12_277_Response_005010X212` or `X12_999_Response_005010X231A1`. */
  readonly payloadType: string | undefined;
  /** The receiver's PayloadID. */
  readonly payloadId: string | undefined;
  /** `Success`, or the receiver's envelope error code. */
  readonly errorCode: string | undefined;
  /** The receiver's description of an envelope error. */
  readonly errorMessage: string | undefined;
  /** The X12 answer. */
  readonly payload: string | undefined;
}

/** Names the fields of a response envelope (a repeated field: the last one wins). */
export function readCoreResponse(fields: readonly FormField[]): CoreResponseEnvelope {
  const value = (name: string) => fields.filter((field) => field.name === name).at(-1)?.value.trim() || undefined;
  return {
    payloadType: value('PayloadType'),
    payloadId: value('PayloadID'),
    errorCode: value('ErrorCode'),
    errorMessage: value('ErrorMessage'),
    payload: value('Payload'),
  };
}
