import { interpretCoverage } from './coverage-outcome';

const activePlan = { statusCode: '1', benefits: [{ type: '30', amounts: {} }] };

describe('interpretCoverage', () => {
  it.each(['0', 'R1'])('%s is not final: poll the id again', (statusCode) => {
    expect(interpretCoverage({ id: '42', statusCode }, '30')).toEqual({ final: false, id: '42', statusCode });
  });

  it('in progress without an id cannot be followed: EXCEPTION', () => {
    expect(interpretCoverage({ statusCode: '0' }, '30')).toMatchObject({ final: true, result: { status: 'EXCEPTION', retryable: true } });
  });

  it('4 with an active plan → SUCCESS', () => {
    expect(interpretCoverage({ id: '1', statusCode: '4', plans: [activePlan] }, '30')).toMatchObject({ final: true, result: { status: 'SUCCESS', value: { active: true } } });
  });

  it('4 with an inactive plan → FAILURE with the plan status code and the benefits', () => {
    const outcome = interpretCoverage({ id: '1', statusCode: '4', plans: [{ ...activePlan, statusCode: '6', coverageEndDate: '2026-06-30' }] }, '30');
    expect(outcome).toMatchObject({ final: true, result: { status: 'FAILURE', code: '6', value: { active: false, planEndDate: '2026-06-30' } } });
  });

  it.each([
    ['75', 'the payer found no such subscriber'],
    ['71', 'the patient\'s birth date does not match the payer\'s records'],
    ['99', 'the payer returned no coverage for this member'],
  ])('4 without plans, reject %s → FAILURE with a reason a person can act on', (code, reason) => {
    const outcome = interpretCoverage({ statusCode: '4', plans: [], validationMessages: [{ code, errorMessage: 'payer text' }] }, '30');
    expect(outcome).toMatchObject({ final: true, result: { status: 'FAILURE', code, reason, value: { messages: ['payer text'] } } });
  });

  it.each([
    ['3', true],
    ['7', true],
    ['13', true],
    ['14', true],
    ['15', true],
    ['19', false],
    ['42', true],
  ])('%s → EXCEPTION, retryable %s, never a FAILURE', (statusCode, retryable) => {
    const outcome = interpretCoverage({ statusCode, plans: [activePlan] }, '30');
    expect(outcome).toMatchObject({ final: true, result: { status: 'EXCEPTION', retryable } });
  });

  it('19 names the fields and codes, not their values', () => {
    const outcome = interpretCoverage({ statusCode: '19', validationMessages: [{ field: 'memberId', code: '72', errorMessage: 'Member id ABC123 invalid' }] }, '30');
    const message = outcome.final && outcome.result.status === 'EXCEPTION' ? outcome.result.message : '';
    expect(message).toBe('Availity refused the request as invalid (status 19): memberId (72)');
  });
});
