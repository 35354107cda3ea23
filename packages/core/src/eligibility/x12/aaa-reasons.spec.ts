import { aaaReason } from './aaa-reasons';

describe('aaaReason', () => {
  it.each([
    ['72', 'invalid or missing member id', 'patient', 'failure'],
    ['73', 'invalid or missing subscriber name', 'patient', 'failure'],
    ['58', 'invalid or missing date of birth', 'patient', 'failure'],
    ['75', 'subscriber not found', 'patient', 'failure'],
    ['79', 'invalid participant identification (the submitter is not known to the payer or clearinghouse)', 'provider', 'failure'],
    ['42', 'the payer is unable to respond at the current time', 'payer', 'exception'],
    ['80', 'no response received: the transaction was terminated', 'payer', 'exception'],
  ])('maps AAA03 %s to "%s" owned by %s as a %s', (code, reason, owner, outcome) => {
    expect(aaaReason(code)).toEqual({ code, reason, owner, outcome });
  });

  it('appends the AAA04 follow-up action', () => {
    expect(aaaReason('72', 'C').reason).toBe('invalid or missing member id (correct and resubmit)');
    expect(aaaReason('42', 'R').reason).toBe('the payer is unable to respond at the current time (resubmission allowed)');
  });

  it('keeps an unknown or missing code a failure that names it', () => {
    expect(aaaReason('ZZ')).toEqual({ code: 'ZZ', reason: 'rejection code ZZ (not in the X279A1 AAA03 list)', owner: 'request', outcome: 'failure' });
    expect(aaaReason(undefined).reason).toBe('rejected without a reason code');
  });
});
