import { describe, expect, it } from 'vitest';
import { autopayWords, inDollars, paymentReference, standingWords } from './payment-words';

describe('payment words', () => {
  it("says an active plan's standing today", () => {
    expect(standingWords({ standing: 'current', nextDueOn: '2027-02-01', nextDueCents: 2000 })).toBe('Current: the next installment, $20.00, is due 2027-02-01');
    expect(standingWords({ standing: 'late', missedDueOn: '2027-01-01', shortCents: 1550, breaksAfter: '2027-01-16' })).toBe(
      'Late: the installment due 2027-01-01 is $15.50 short; the plan breaks after 2027-01-16 unless it is paid',
    );
    expect(standingWords({ standing: 'broken', missedDueOn: '2027-01-01', shortCents: 2000 })).toBe(
      'Broken: the installment due 2027-01-01 is $20.00 short and the grace days have passed; the daily pass ends the plan',
    );
    expect(standingWords({ standing: 'paid-off' })).toBe('Paid off: the daily pass completes the plan');
  });

  it('says whether autopay charges a payment method on file', () => {
    expect(autopayWords({ autopay: false, hasPaymentMethod: false })).toBe('Off: the patient pays each installment');
    expect(autopayWords({ autopay: true, hasPaymentMethod: true })).toBe('On: each installment is charged to the payment method on file');
    expect(autopayWords({ autopay: true, hasPaymentMethod: false })).toBe('On, but no payment method is on file');
  });

  it("names a payment's check number or authorization and the processor's reference", () => {
    expect(paymentReference({ reference: '1042', processorReference: null })).toBe('1042');
    expect(paymentReference({ reference: null, processorReference: 'fp_ch_1' })).toBe('processor fp_ch_1');
    expect(paymentReference({ reference: 'AUTH 77', processorReference: 'fp_ch_2' })).toBe('AUTH 77; processor fp_ch_2');
    expect(paymentReference({ reference: null, processorReference: null })).toBe('—');
  });

  it("writes the amounts of the server's messages in dollars", () => {
    expect(inDollars('is more than the patient owes (6000 cents)')).toBe('is more than the patient owes ($60.00)');
    expect(inDollars('is more than the balance (5 cents)')).toBe('is more than the balance ($0.05)');
    expect(inDollars('must be a positive whole number of cents')).toBe('must be a positive whole number of cents');
  });
});
