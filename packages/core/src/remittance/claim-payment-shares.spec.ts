import { shareClaimPayment } from './claim-payment-shares';

describe('shareClaimPayment', () => {
  it('takes a claim-level CAS off the line payments, so they add up to CLP04 (TR3 "dollars and data sent separately")', () => {
    // CLP*5554555444*1*800*450*300 with CAS*CO*A2*50 at claim level; SVC*HC:99211*800*500 with CAS*PR*1*300.
    expect(shareClaimPayment(45000, [50000], [5000], [80000])).toEqual({ paymentCents: [45000], adjustmentCents: [[5000]], unbalancedCents: 0 });
  });

  it('shares each claim-level amount over several lines by charge, a negative one adding to the payment', () => {
    // Lines 150.00 and 50.00 paid 100.00 and 40.00; claim-level CO-45 20.00 and OA-94 −4.00: CLP04 = 140 − 20 + 4 = 124.00.
    const shares = shareClaimPayment(12400, [10000, 4000], [2000, -400], [15000, 5000]);
    expect(shares).toEqual({ paymentCents: [8800, 3600], adjustmentCents: [[1500, 500], [-300, -100]], unbalancedCents: 0 });
  });

  it('spreads CLP04 over the lines of a CLP without SVC', () => {
    expect(shareClaimPayment(10000, null, [3000], [12500, 24000, 3500])).toEqual({ paymentCents: [3125, 6000, 875], adjustmentCents: [[938, 1800, 262]], unbalancedCents: 0 });
  });

  it('shares out what a CLP that does not balance leaves over, and says how much', () => {
    const shares = shareClaimPayment(9000, [5000, 5000], [], [5000, 5000]);
    expect(shares.paymentCents).toEqual([4500, 4500]);
    expect(shares.unbalancedCents).toBe(-1000);
  });
});
