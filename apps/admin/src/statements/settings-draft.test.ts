import { describe, expect, it } from 'vitest';
import type { StatementSettings } from '../api/views';
import { bodyOf, draftOf, serverFieldErrors } from './settings-draft';

const SETTINGS: StatementSettings = {
  runsDaily: false,
  cadenceDays: 30,
  statementsBeforeFinalNotice: 3,
  minimumBalanceCents: 500,
  smallBalanceWriteOffCents: 0,
  dueInDays: 21,
  billingName: 'Springfield Family Clinic',
  billingAddress: ['100 Main Street', 'Springfield, IL 62701'],
  billingPhone: '(217) 555-0100',
  notices: { howToPay: 'Pay by phone.', paymentPlans: 'Ask about a plan.', financialAssistance: 'Ask about assistance.', dispute: 'Tell us.' },
  saved: true,
};

describe('the statement settings draft', () => {
  it('edits the minimum balance in dollars and the address one line per line', () => {
    const draft = draftOf(SETTINGS);
    expect(draft.minimumBalance).toBe('5.00');
    expect(draft.billingAddress).toBe('100 Main Street\nSpringfield, IL 62701');
  });

  it('sends the dollars as integer cents, the address lines trimmed without blank ones, and no `saved`', () => {
    const draft = { ...draftOf(SETTINGS), minimumBalance: '12.35', smallBalanceWriteOff: '2.50', billingAddress: '  100 Main Street \n\nSuite 4\n', cadenceDays: 28 };
    expect(bodyOf(draft)).toEqual({
      body: {
        runsDaily: false,
        cadenceDays: 28,
        statementsBeforeFinalNotice: 3,
        minimumBalanceCents: 1235,
        smallBalanceWriteOffCents: 250,
        dueInDays: 21,
        billingName: 'Springfield Family Clinic',
        billingAddress: ['100 Main Street', 'Suite 4'],
        billingPhone: '(217) 555-0100',
        notices: SETTINGS.notices,
      },
    });
    expect(bodyOf({ ...draft, minimumBalance: '$1,000' })).toMatchObject({ body: { minimumBalanceCents: 100_000 } });
    expect(bodyOf({ ...draft, minimumBalance: '0.29' })).toMatchObject({ body: { minimumBalanceCents: 29 } });
  });

  it('refuses a minimum balance that is not an amount, or below zero, on its field', () => {
    for (const typed of ['five', '', '5.001', '-1.00']) expect(bodyOf({ ...draftOf(SETTINGS), minimumBalance: typed })).toEqual({ errors: { minimumBalanceCents: 'Enter an amount in dollars, such as 5.00' } });
  });

  it("puts the server's errors on the form's fields, an address line's with its number", () => {
    expect(
      serverFieldErrors([
        { field: 'billingPhone', message: 'Too small: expected string to have >=7 characters' },
        { field: 'billingAddress[1]', message: 'Too small: expected string to have >=1 characters' },
        { field: 'notices.dispute', message: 'Too big: expected string to have <=600 characters' },
        { field: 'body', message: 'Invalid input' },
      ]),
    ).toEqual({
      fields: {
        billingPhone: 'Too small: expected string to have >=7 characters',
        billingAddress: 'Line 2: Too small: expected string to have >=1 characters',
        'notices.dispute': 'Too big: expected string to have <=600 characters',
      },
      other: ['body: Invalid input'],
    });
  });
});
