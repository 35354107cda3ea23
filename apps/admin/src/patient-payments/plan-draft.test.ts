import { describe, expect, it } from 'vitest';
import type { PaymentPlan } from '../api/views';
import { changeBodyOf, changeDraftOf, createBodyOf, NEW_PLAN } from './plan-draft';

const PLAN: PaymentPlan = {
  id: 'plan-1',
  patientId: 'p1',
  state: 'active',
  totalCents: 6000,
  installmentCents: 2050,
  cadence: 'biweekly',
  firstDueOn: '2027-01-15',
  startedOn: '2027-01-02',
  graceDays: 10,
  autopay: true,
  hasPaymentMethod: true,
  remindedFor: null,
  endedOn: null,
  createdBy: 'user-1',
  createdAt: '2027-01-02T10:00:00Z',
};

describe('payment plan drafts', () => {
  it('makes a plan with the installment in cents and the default grace days, without a token while autopay is off', () => {
    expect(createBodyOf({ ...NEW_PLAN, installment: '20', firstDueOn: '2027-02-01', paymentMethodToken: 'tok_left_over' })).toEqual({
      body: { installmentCents: 2000, cadence: 'monthly', firstDueOn: '2027-02-01', graceDays: 15, autopay: false },
    });
  });

  it('sends the gateway token with autopay, and leaves an empty one for the server to ask for', () => {
    const draft = { ...NEW_PLAN, installment: '12.5', cadence: 'weekly' as const, firstDueOn: '2027-02-01', graceDays: 0, autopay: true };
    expect(createBodyOf({ ...draft, paymentMethodToken: ' pm_tok_1 ' })).toEqual({ body: { installmentCents: 1250, cadence: 'weekly', firstDueOn: '2027-02-01', graceDays: 0, autopay: true, paymentMethodToken: 'pm_tok_1' } });
    expect(createBodyOf({ ...draft, paymentMethodToken: '' })).toEqual({ body: { installmentCents: 1250, cadence: 'weekly', firstDueOn: '2027-02-01', graceDays: 0, autopay: true } });
  });

  it('refuses an installment that is not dollars and cents above zero, and a missing first due date', () => {
    expect(createBodyOf(NEW_PLAN)).toEqual({ errors: { installmentCents: 'Enter the installment', firstDueOn: 'Choose the first due date' } });
    expect(createBodyOf({ ...NEW_PLAN, installment: '20.555', firstDueOn: '2027-02-01' })).toEqual({ errors: { installmentCents: 'Enter dollars and cents, like 25.00' } });
    expect(changeBodyOf({ ...NEW_PLAN, installment: '0.00' })).toEqual({ errors: { installmentCents: 'The installment must be more than $0.00' } });
  });

  it('changes an active plan: the installment read back from cents, the token on file kept unless a new one is typed, autopay turned off', () => {
    const draft = changeDraftOf(PLAN);
    expect(draft).toMatchObject({ installment: '20.50', graceDays: 10, autopay: true, paymentMethodToken: '' });
    expect(changeBodyOf(draft)).toEqual({ body: { installmentCents: 2050, graceDays: 10, autopay: true } });
    expect(changeBodyOf({ ...draft, paymentMethodToken: 'pm_new' })).toEqual({ body: { installmentCents: 2050, graceDays: 10, autopay: true, paymentMethodToken: 'pm_new' } });
    expect(changeBodyOf({ ...draft, installment: '25', graceDays: '', autopay: false, paymentMethodToken: 'pm_new' })).toEqual({ body: { installmentCents: 2500, graceDays: Number.NaN, autopay: false } });
  });
});
