import { decideStatement, type AccountFacts } from './statement-decision';

const POLICY = { cadenceDays: 30, statementsBeforeFinalNotice: 3, minimumBalanceCents: 500, smallBalanceWriteOffCents: 200 };
const OWING: AccountFacts = { state: 'current', statementsSent: 0, lastStatementOn: null, holdUntil: null, patientBalanceCents: 4000, payerBalanceCents: 0, openDisputes: 0, pendingAssistance: 0 };
const RUN_DATE = '2026-12-01';

describe('decideStatement', () => {
  it.each<[string, Partial<AccountFacts>, ReturnType<typeof decideStatement>]>([
    ['a first statement for an owing account', {}, { action: 'send', kind: 'statement', events: ['send-statement'] }],
    ['the next statement once the cadence has passed', { state: 'statement-cycle', statementsSent: 1, lastStatementOn: '2026-11-01' }, { action: 'send', kind: 'statement', events: ['send-statement'] }],
    ['nothing inside the cadence', { state: 'statement-cycle', statementsSent: 1, lastStatementOn: '2026-11-02' }, { action: 'skip', reason: 'sent-recently', events: [] }],
    ['the final notice after the set number of statements', { state: 'statement-cycle', statementsSent: 3, lastStatementOn: '2026-10-01' }, { action: 'send', kind: 'final-notice', events: ['send-final-notice'] }],
    ['nothing more after the final notice', { state: 'final-notice', statementsSent: 4, lastStatementOn: '2026-09-01' }, { action: 'skip', reason: 'final-notice-sent', events: [] }],
    ['nothing while a payer still owes', { payerBalanceCents: 1 }, { action: 'skip', reason: 'pending-insurance', events: [] }],
    ['nothing while a dispute is open', { openDisputes: 1 }, { action: 'skip', reason: 'open-dispute', events: [] }],
    ['nothing before a hold ends', { holdUntil: '2026-12-02' }, { action: 'skip', reason: 'on-hold', events: [] }],
    ['a statement on the day a hold ends', { holdUntil: RUN_DATE }, { action: 'send', kind: 'statement', events: ['send-statement'] }],
    ['nothing under the minimum balance', { patientBalanceCents: 499 }, { action: 'skip', reason: 'below-minimum', events: [] }],
    ['nothing at the write-off threshold, which is billed once it reaches the minimum', { patientBalanceCents: 200 }, { action: 'skip', reason: 'below-minimum', events: [] }],
    ['a write-off under the small-balance threshold', { state: 'statement-cycle', statementsSent: 1, patientBalanceCents: 199 }, { action: 'write-off', events: ['write-off'] }],
    ['no write-off while a payer still owes', { patientBalanceCents: 199, payerBalanceCents: 5000 }, { action: 'skip', reason: 'pending-insurance', events: [] }],
    ['nothing while a financial-assistance application is pending', { pendingAssistance: 1 }, { action: 'skip', reason: 'financial-assistance-pending', events: [] }],
    ['a statement at exactly the minimum', { patientBalanceCents: 500 }, { action: 'send', kind: 'statement', events: ['send-statement'] }],
    ['nothing for an account on a payment plan', { state: 'payment-plan' }, { action: 'skip', reason: 'payment-plan', events: [] }],
    ['nothing for an account in collections', { state: 'collections' }, { action: 'skip', reason: 'in-collections', events: [] }],
    ['a fresh cycle when a paid account owes again', { state: 'paid', statementsSent: 3, lastStatementOn: '2026-11-20' }, { action: 'send', kind: 'statement', events: ['new-balance', 'send-statement'] }],
    ['paid when an account in its cycle owes nothing', { state: 'statement-cycle', statementsSent: 2, patientBalanceCents: 0 }, { action: 'settle' }],
    ['nothing for a credit balance', { state: 'statement-cycle', patientBalanceCents: -100 }, { action: 'skip', reason: 'credit-balance', events: [] }],
    ['the first reason in order when several apply', { payerBalanceCents: 100, openDisputes: 1, patientBalanceCents: 100 }, { action: 'skip', reason: 'pending-insurance', events: [] }],
  ])('%s', (_name, facts, expected) => {
    expect(decideStatement({ ...OWING, ...facts }, POLICY, RUN_DATE)).toEqual(expected);
  });
});
