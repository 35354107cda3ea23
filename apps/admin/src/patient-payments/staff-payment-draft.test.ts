import { describe, expect, it } from 'vitest';
import { NEW_STAFF_PAYMENT, staffPaymentBodyOf } from './staff-payment-draft';

describe('a payment taken by staff', () => {
  it('sends the dollars typed as whole cents, and leaves out the empty optional fields', () => {
    expect(staffPaymentBodyOf({ ...NEW_STAFF_PAYMENT, amount: '$1,000.10' })).toEqual({ body: { amountCents: 100010, method: 'cash' } });
    expect(staffPaymentBodyOf({ ...NEW_STAFF_PAYMENT, amount: '0.29', method: 'card', reference: ' AUTH 123 ', receiptEmail: ' olive@example.test ' })).toEqual({
      body: { amountCents: 29, method: 'card', reference: 'AUTH 123', receiptEmail: 'olive@example.test' },
    });
  });

  it('names the fields it refuses by the names the server uses', () => {
    expect(staffPaymentBodyOf(NEW_STAFF_PAYMENT)).toEqual({ errors: { amountCents: 'Enter the amount paid' } });
    expect(staffPaymentBodyOf({ ...NEW_STAFF_PAYMENT, amount: '10.001' })).toEqual({ errors: { amountCents: 'Enter dollars and cents, like 25.00' } });
    expect(staffPaymentBodyOf({ ...NEW_STAFF_PAYMENT, amount: '0' })).toEqual({ errors: { amountCents: 'The amount must be more than $0.00' } });
    expect(staffPaymentBodyOf({ ...NEW_STAFF_PAYMENT, amount: '25', method: 'check', reference: ' ' })).toEqual({ errors: { reference: 'Enter the check number' } });
  });
});
