import type { TransactionResponse999 } from '@openrcm/x12';
import { ackOutcomeOf, describe999Errors, fieldOf, IK3_SEGMENT_ERRORS, IK4_ELEMENT_ERRORS } from './ack-999.codes';

const rejected: TransactionResponse999 = {
  setId: '837',
  controlNumber: '0002',
  status: 'R',
  statusLabel: 'rejected',
  errorCodes: ['5'],
  claimIds: ['C0000003'],
  segmentErrors: [
    {
      segmentId: 'NM1',
      position: 22,
      loopId: '2010BA',
      code: '8',
      contexts: [{ name: 'CLM01', value: 'C0000003' }],
      elementErrors: [{ position: 9, code: '6', badValue: 'AB#12', contexts: [] }],
    },
    { segmentId: 'DMG', position: 40, loopId: '2010CA', code: '8', contexts: [{ name: 'CLM01', value: 'C0000004' }], elementErrors: [{ position: 2, code: '8', contexts: [] }] },
    { segmentId: 'REF', position: 12, code: 'I4', contexts: [], elementErrors: [] },
  ],
};

describe('999 codes', () => {
  it('keeps the IK3 and IK4 code meanings of 005010X231A1', () => {
    expect(IK3_SEGMENT_ERRORS['3']).toBe('required segment missing');
    expect(IK3_SEGMENT_ERRORS.I4).toBe('implementation "not used" segment present');
    expect(IK4_ELEMENT_ERRORS['7']).toBe('invalid code value');
    expect(IK4_ELEMENT_ERRORS.I12).toBe('implementation pattern match failure');
  });

  it('names the claim field an element holds, by loop first', () => {
    expect(fieldOf('2010BA', 'NM1', 9)).toBe('subscriber member id');
    expect(fieldOf('2010AA', 'NM1', 9)).toBe('billing provider NPI');
    expect(fieldOf('2400', 'SV1', 1)).toBe('procedure code');
    expect(fieldOf(undefined, 'ZZZ', 1)).toBeUndefined();
  });

  it("describes the errors of one claim (its CTX CLM01, and those naming no claim) in plain words", () => {
    expect(describe999Errors(rejected, 'C0000003')).toEqual([
      'subscriber member id — NM109 in loop 2010BA at segment 22: invalid character in data element (value sent: "AB#12")',
      'REF segment 12: implementation "not used" segment present',
    ]);
    expect(describe999Errors(rejected, 'C0000004')).toEqual([
      'patient birth date — DMG02 in loop 2010CA at segment 40: invalid date',
      'REF segment 12: implementation "not used" segment present',
    ]);
  });

  it('falls back to the IK5 status when the set has no segment error', () => {
    expect(describe999Errors({ ...rejected, segmentErrors: [], errorCodes: ['1'] }, 'C0000003')).toEqual(['the transaction set was rejected (IK5 codes 1)']);
  });

  it('reads IK501: A accepted, E accepted with errors, R/M/W/X rejected', () => {
    expect(['A', 'E', 'R', 'M', 'W', 'X'].map(ackOutcomeOf)).toEqual(['accepted', 'accepted-with-errors', 'rejected', 'rejected', 'rejected', 'rejected']);
  });
});
