import { coreRequestFields, coreTimeStamp, payloadChecksum, readCoreResponse } from './core-envelope';

const ENVELOPE = { payloadType: 'X12_270_Request_005010X279A1', payloadId: 'f81d4fae-7dec-11d0-a765-00a0c91e6bf6', timeStamp: '2026-01-15T15:00:00Z', senderId: 'S1', receiverId: 'R1', payload: 'ISA~' };

describe('the CORE envelope', () => {
  it('names the request fields of the vC2.2.0 metadata table, the payload last', () => {
    expect(coreRequestFields(ENVELOPE)).toEqual([
      { name: 'PayloadType', value: 'X12_270_Request_005010X279A1' }, { name: 'ProcessingMode', value: 'RealTime' },
      { name: 'PayloadID', value: 'f81d4fae-7dec-11d0-a765-00a0c91e6bf6' }, { name: 'TimeStamp', value: '2026-01-15T15:00:00Z' },
      { name: 'SenderID', value: 'S1' }, { name: 'ReceiverID', value: 'R1' }, { name: 'CORERuleVersion', value: '2.2.0' },
      { name: 'Payload', value: 'ISA~' },
    ]);
  });

  it('adds the SHA-1 Checksum and the envelope credentials before the payload when asked', () => {
    const names = coreRequestFields({ ...ENVELOPE, checksum: true, credentials: { userName: 'u', password: 'p' } }).map((f) => f.name);
    expect(names.slice(-4)).toEqual(['Checksum', 'UserName', 'Password', 'Payload']);
    expect(payloadChecksum('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });

  it('writes time stamps in UTC without fractions', () => {
    expect(coreTimeStamp(new Date('2026-01-15T15:00:00.123Z'))).toBe('2026-01-15T15:00:00Z');
  });

  it('reads the response fields it uses, empty ones as absent', () => {
    expect(readCoreResponse([{ name: 'PayloadType', value: 'X12_271_Response_005010X279A1' }, { name: 'ErrorCode', value: 'Success\r' }, { name: 'ErrorMessage', value: '' }, { name: 'Payload', value: 'ISA~\n' }])).toEqual({
      payloadType: 'X12_271_Response_005010X279A1', payloadId: undefined, errorCode: 'Success', errorMessage: undefined, payload: 'ISA~',
    });
  });
});
