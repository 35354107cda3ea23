import { payloadOf } from './envelope-outcome';

const EXPECTED = 'X12_271_Response_005010X279A1';
const envelope = (fields: Partial<Record<'payloadType' | 'errorCode' | 'errorMessage' | 'payload', string>>) => ({
  payloadType: undefined, payloadId: undefined, errorCode: undefined, errorMessage: undefined, payload: undefined, ...fields,
});

describe('payloadOf', () => {
  it('answers the payload of a successful envelope of the expected type', () => {
    expect(payloadOf(envelope({ payloadType: EXPECTED, errorCode: 'Success', payload: 'ISA~' }), EXPECTED)).toEqual({ status: 'SUCCESS', value: 'ISA~' });
  });

  it('makes envelope errors exceptions: retryable when the receiver is busy, never with the free-text message', () => {
    expect(payloadOf(envelope({ errorCode: 'VersionMismatch', errorMessage: 'DOE JANE' }), EXPECTED)).toEqual({ status: 'EXCEPTION', message: 'the clearinghouse refused the envelope: ErrorCode VersionMismatch', retryable: false });
    expect(payloadOf(envelope({ errorCode: 'Receiver Server Busy' }), EXPECTED)).toMatchObject({ retryable: true });
    expect(payloadOf(envelope({ errorCode: 'UnAuthorized' }), EXPECTED)).toMatchObject({ message: 'the clearinghouse refused the credentials: ErrorCode UnAuthorized', retryable: false });
  });

  it('refuses a 999 answer, another payload type and a missing payload', () => {
    expect(payloadOf(envelope({ payloadType: 'X12_999_Response_005010X231A1', errorCode: 'Success', payload: 'ISA~' }), EXPECTED)).toMatchObject({ status: 'EXCEPTION', retryable: false, message: 'the clearinghouse rejected the X12 payload (answered with a 999 acknowledgment)' });
    expect(payloadOf(envelope({ payloadType: 'X12_277_Response_005010X212', payload: 'ISA~' }), EXPECTED)).toMatchObject({ message: 'the answer\'s PayloadType is X12_277_Response_005010X212, expected X12_271_Response_005010X279A1' });
    expect(payloadOf(envelope({ payloadType: EXPECTED, errorCode: 'Success' }), EXPECTED)).toMatchObject({ message: 'the answer has no Payload' });
  });
});
