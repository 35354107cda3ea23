/** Statement settings a test saves (`PUT …/statement-settings`), with its own billing office name and overrides. */
export function statementSettingsBody(billingName: string, overrides: Record<string, unknown> = {}) {
  return {
    runsDaily: false,
    cadenceDays: 30,
    statementsBeforeFinalNotice: 3,
    minimumBalanceCents: 500,
    dueInDays: 21,
    billingName,
    billingAddress: ['100 Main Street', 'Springfield, IL 62701'],
    billingPhone: '(217) 555-0100',
    notices: { howToPay: 'Pay by phone or mail.', paymentPlans: 'Ask about a plan.', financialAssistance: 'Ask about financial assistance.', dispute: 'Tell us if this bill is wrong.' },
    ...overrides,
  };
}
