import { write277Answer } from '../../test/support/x12-277.fixture';
import { claimStatusAnswerOf } from './claim-277.answer';
import { describeClaimStatus, meaningOf } from './claim-status-categories';

const asked = { traceNumber: 'T7A0C3', patientControlNumber: 'C0000007' };

describe('the answer of a 277 to a 276', () => {
  it("takes the first STC of the loop echoing the inquiry's trace, with its date and the payer's claim number", () => {
    const x12 = write277Answer([
      { traceNumber: 'OTHER', patientControlNumber: 'C0000001', status: { category: 'P1', code: '20' }, effectiveDate: '2026-05-01', chargeCents: 100 },
      { traceNumber: 'T7A0C3', patientControlNumber: 'C0000007', status: { category: 'F2', code: '88', entity: 'PR' }, effectiveDate: '2026-05-03', payerClaimNumber: 'PCN-9', chargeCents: 36500 },
    ]);
    expect(claimStatusAnswerOf(x12, asked)).toEqual({ answer: { category: 'F2', code: '88', entity: 'PR', effectiveDate: '2026-05-03', payerClaimNumber: 'PCN-9' } });
  });

  it('falls back to the claim named by REF*EJ when the payer does not echo the trace', () => {
    const x12 = write277Answer([{ traceNumber: 'PAYER-OWN', patientControlNumber: 'C0000007', status: { category: 'P1', code: '20' }, effectiveDate: '2026-05-01', chargeCents: 36500 }]);
    expect(claimStatusAnswerOf(x12, asked)).toEqual({ answer: { category: 'P1', code: '20', entity: null, effectiveDate: '2026-05-01', payerClaimNumber: null } });
  });

  it('says why when the 277 does not answer this claim or is not a 277', () => {
    const other = write277Answer([{ traceNumber: 'X', patientControlNumber: 'C0000099', status: { category: 'P1', code: '20' }, effectiveDate: '2026-05-01', chargeCents: 1 }]);
    expect(claimStatusAnswerOf(other, asked)).toEqual({ error: 'the 277 answers another inquiry: no claim status loop echoes trace T7A0C3 or claim C0000007' });
    expect(claimStatusAnswerOf('not x12 at all', asked)).toMatchObject({ error: expect.stringMatching(/^the answer (holds no 277|is not a readable 277)/) });
  });

  it('puts categories into words and tells finalized, denied and rejected apart from pending', () => {
    expect(meaningOf('F1')).toBe('paid');
    expect(meaningOf('F2')).toBe('denied');
    expect(meaningOf('F4')).toBe('denied');
    expect(meaningOf('F0')).toBe('finalized');
    expect(meaningOf('A7')).toBe('rejected');
    expect(meaningOf('A2')).toBe('acknowledged');
    expect(meaningOf('P1')).toBe('pending');
    expect(meaningOf('R4')).toBe('information-requested');
    expect(meaningOf('D0')).toBe('not-found');
    expect(describeClaimStatus({ category: 'F2', code: '88', entity: 'PR' })).toBe('F2 finalized/denial: the claim has been denied — status code 88 (payer)');
    expect(describeClaimStatus({ category: 'P1', code: '20' })).toBe('P1 pending: in process — accepted for processing');
  });
});
