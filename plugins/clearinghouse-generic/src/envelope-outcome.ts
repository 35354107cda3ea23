import { OperationResults, type OperationResult } from '@openrcm/sdk';
import { CORE_SUCCESS, PAYLOAD_TYPE_999, type CoreResponseEnvelope } from './core-envelope';

/** Envelope error codes that mean "not now" rather than "not this way". */
const TRANSIENT = /busy|unavailable|timeout|timed ?out|retry|capacity/i;
const CREDENTIALS = /unauthori[sz]ed|authentication|credential|forbidden/i;

/**
 * The X12 answer of a response envelope, or why there is none. An envelope error (ErrorCode other than `Success`) is
 * an exception — the receiver did not process the inquiry, so no payer said anything — retryable when the code says
 * the receiver is busy or unavailable. Only the ErrorCode is repeated in the message: ErrorMessage is free text.
 */
export function payloadOf(envelope: CoreResponseEnvelope, expectedType: string): OperationResult<string> {
  const code = envelope.errorCode;
  if (code !== undefined && code !== CORE_SUCCESS) {
    const retryable = TRANSIENT.test(code);
    const kind = CREDENTIALS.test(code) ? 'refused the credentials' : 'refused the envelope';
    return OperationResults.exception(`the clearinghouse ${kind}: ErrorCode ${code}`, retryable);
  }
  if (envelope.payloadType === PAYLOAD_TYPE_999) {
    return OperationResults.exception('the clearinghouse rejected the X12 payload (answered with a 999 acknowledgment)', false);
  }
  if (envelope.payloadType !== expectedType) {
    return OperationResults.exception(`the answer's PayloadType is ${envelope.payloadType ?? 'missing'}, expected ${expectedType}`, false);
  }
  if (!envelope.payload) return OperationResults.exception('the answer has no Payload', false);
  return OperationResults.success(envelope.payload);
}
