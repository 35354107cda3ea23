import { exceptionRequestIssues, failingChecks } from './gate-outcome';

describe('exceptionRequestIssues', () => {
  it('names every blank owner and reason and every check the transition does not have, by index', () => {
    const issues = exceptionRequestIssues(
      [
        { check: 'eligibility-verified', owner: 'u-1', reason: 'portal down; verified by phone' },
        { check: 'eligibility-verified', owner: '  ', reason: '' },
        { check: 'no-such-check', owner: 'u-2', reason: 'because' },
      ],
      ['eligibility-verified', 'authorization-confirmed'],
    );
    expect(issues).toEqual([
      { field: 'exceptions[1].owner', message: 'required: the member who owns the follow-up' },
      { field: 'exceptions[1].reason', message: 'required: why the check may pass by exception' },
      { field: 'exceptions[2].check', message: "'no-such-check' is not a check of this transition (its checks: eligibility-verified, authorization-confirmed)" },
    ]);
  });

  it('accepts complete exceptions', () => {
    expect(exceptionRequestIssues([{ check: 'a', owner: 'u', reason: 'r' }], ['a'])).toEqual([]);
  });
});

describe('failingChecks', () => {
  it('lists the checks that ran and failed with their own reasons, skipping passes and checks set to off', () => {
    expect(
      failingChecks([
        { check: 'a', policy: 'enforce', outcome: { pass: false, reason: 'no coverage on file' } },
        { check: 'b', policy: 'exception', outcome: { pass: true } },
        { check: 'c', policy: 'off' },
        { check: 'd', policy: 'exception', outcome: { pass: false, reason: 'unsigned note' } },
      ]),
    ).toEqual([
      { check: 'a', reason: 'no coverage on file' },
      { check: 'd', reason: 'unsigned note' },
    ]);
  });
});
