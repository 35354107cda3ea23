import { createHash } from 'node:crypto';
import { envelopeError } from './core-envelope.checks';

const VALID = {
  PayloadType: 'X12_270_Request_005010X279A1', ProcessingMode: 'RealTime', PayloadID: 'f81d4fae-7dec-11d0-a765-00a0c91e6bf6',
  TimeStamp: '2026-01-15T15:00:00Z', SenderID: 'S1', ReceiverID: 'SIMCLEARING', CORERuleVersion: '2.2.0', Payload: 'ISA~',
};

describe('envelopeError', () => {
  it('accepts a complete real-time 270 envelope, with or without a correct checksum', () => {
    expect(envelopeError(VALID, 'SIMCLEARING')).toBeUndefined();
    expect(envelopeError({ ...VALID, Checksum: createHash('sha1').update('ISA~').digest('hex') }, 'SIMCLEARING')).toBeUndefined();
  });

  it.each([
    [{ PayloadType: '' }, 'PayloadTypeRequired'], [{ PayloadType: 'X12_276_Request_005010X212' }, 'PayloadTypeIllegal'],
    [{ ProcessingMode: 'Batch' }, 'ProcessingModeIllegal'], [{ PayloadID: '42' }, 'PayloadIDIllegal'],
    [{ TimeStamp: '15/01/2026' }, 'TimeStampIllegal'], [{ SenderID: ' ' }, 'SenderIDRequired'], [{ ReceiverID: 'OTHER' }, 'ReceiverIDIllegal'],
    [{ CORERuleVersion: '2.0.0' }, 'VersionMismatch'], [{ Payload: '' }, 'PayloadRequired'], [{ Checksum: 'abc' }, 'ChecksumMismatch'],
  ])('refuses %j with %s', (change, code) => {
    expect(envelopeError({ ...VALID, ...change }, 'SIMCLEARING')).toBe(code);
  });
});
