import type { EligibilityBenefits } from '@openrcm/sdk';
import { interpretEligibilityResult } from './eligibility-outcome';

const benefits: EligibilityBenefits = {
  active: true,
  planBeginDate: '2026-01-01',
  planEndDate: '2026-12-31',
  copayCents: 2500,
  coinsuranceBasisPoints: 2000,
  deductible: { totalCents: 150_000, remainingCents: 42_017 },
  outOfPocket: { totalCents: 600_000, remainingCents: 512_345 },
  messages: ['PCP required'],
  raw: { coverages: [{ id: 'c1' }] },
};

describe('interpretEligibilityResult', () => {
  it('records an active coverage with its benefits to the cent and the raw answer', () => {
    expect(interpretEligibilityResult({ status: 'SUCCESS', value: benefits })).toEqual({
      kind: 'record',
      result: {
        outcome: 'active',
        planBegin: '2026-01-01',
        planEnd: '2026-12-31',
        copayCents: 2500,
        coinsuranceBasisPoints: 2000,
        deductibleRemainingCents: 42_017,
        outOfPocketRemainingCents: 512_345,
        messages: ['PCP required'],
        raw: '{"coverages":[{"id":"c1"}]}',
        retryable: false,
      },
    });
  });

  it('records inactive coverage the payer reports, and keeps a 271 as text', () => {
    const answer = interpretEligibilityResult({ status: 'SUCCESS', value: { active: false, messages: [], raw: 'ISA*00*~' } });
    expect(answer).toEqual({ kind: 'record', result: { outcome: 'inactive', messages: [], raw: 'ISA*00*~', retryable: false } });
  });

  it('records a payer refusal as inactive, or not-found when the code says the member is unknown', () => {
    expect(interpretEligibilityResult({ status: 'FAILURE', reason: 'not eligible on the date', code: '6' })).toMatchObject({
      result: { outcome: 'inactive', notes: 'not eligible on the date (code 6)' },
    });
    expect(interpretEligibilityResult({ status: 'FAILURE', reason: 'invalid member id', code: '72' })).toMatchObject({ result: { outcome: 'not-found' } });
  });

  it('follows up a pending answer at the time the network gave', () => {
    const retryAt = new Date('2026-03-01T10:00:00Z');
    expect(interpretEligibilityResult({ status: 'PENDING', reference: 'cov-9', retryAt })).toEqual({ kind: 'follow-up', reference: 'cov-9', retryAt });
    expect(interpretEligibilityResult({ status: 'PENDING', reference: 'cov-9' })).toEqual({ kind: 'follow-up', reference: 'cov-9', retryAt: null });
  });

  it('never reports a communication problem as inactive coverage', () => {
    expect(interpretEligibilityResult({ status: 'EXCEPTION', message: 'timed out', retryable: true, retryAfterMs: 30_000 })).toEqual({
      kind: 'record',
      result: { outcome: 'error', messages: [], notes: 'timed out', retryable: true, retryAfterMs: 30_000 },
    });
  });
});
