import { decidePlacement, type PlacementFacts } from './placement-decision';

const RULES = { minDaysSinceFirstStatement: 90, finalNoticeWaitDays: 30, minimumBalanceCents: 2500 };
const TODAY = '2026-12-01';
/** Billed from 2026-08-01 (122 days ago), final notice on 2026-10-30 (32 days ago), owing $120. */
const READY: PlacementFacts = {
  state: 'final-notice',
  patientBalanceCents: 12_000,
  payerBalanceCents: 0,
  activePlans: 0,
  openDisputes: 0,
  pendingAssistance: 0,
  openNsaWindows: 0,
  holdUntil: null,
  firstStatementOn: '2026-08-01',
  finalNoticeOn: '2026-10-30',
};

describe('decidePlacement', () => {
  it.each<[string, Partial<PlacementFacts>, ReturnType<typeof decidePlacement>]>([
    ['proposed when every rule is met', {}, { proposed: true }],
    ['proposed on the day the final notice expires (30 days after it)', { finalNoticeOn: '2026-11-01' }, { proposed: true }],
    ['not the day before the final notice expires', { finalNoticeOn: '2026-11-02' }, { proposed: false, reasons: ['final-notice-not-expired'] }],
    ['proposed on the 90th day after the first statement', { firstStatementOn: '2026-09-02' }, { proposed: true }],
    ['not on the 89th day', { firstStatementOn: '2026-09-03' }, { proposed: false, reasons: ['too-soon-after-first-statement'] }],
    ['not without a final notice', { state: 'statement-cycle', finalNoticeOn: null }, { proposed: false, reasons: ['final-notice-not-sent'] }],
    ['not while a claim is with insurance', { payerBalanceCents: 1 }, { proposed: false, reasons: ['pending-insurance'] }],
    ['not on a plan in good standing', { state: 'payment-plan', activePlans: 1 }, { proposed: false, reasons: ['payment-plan'] }],
    ['not with an open dispute', { openDisputes: 1 }, { proposed: false, reasons: ['open-dispute'] }],
    ['not while a financial-assistance application is pending', { pendingAssistance: 1 }, { proposed: false, reasons: ['financial-assistance-pending'] }],
    ['not while a No Surprises Act dispute window is open', { openNsaWindows: 1 }, { proposed: false, reasons: ['nsa-dispute-window'] }],
    ['not during a hold', { holdUntil: '2026-12-02' }, { proposed: false, reasons: ['on-hold'] }],
    ['proposed on the day a hold ends', { holdUntil: TODAY }, { proposed: true }],
    ['not under the minimum balance', { patientBalanceCents: 2499 }, { proposed: false, reasons: ['below-minimum'] }],
    ['proposed at exactly the minimum', { patientBalanceCents: 2500 }, { proposed: true }],
    [
      'every reason kept when several apply',
      { payerBalanceCents: 500, activePlans: 1, openDisputes: 2, finalNoticeOn: null, patientBalanceCents: 100 },
      { proposed: false, reasons: ['pending-insurance', 'payment-plan', 'open-dispute', 'final-notice-not-sent', 'below-minimum'] },
    ],
  ])('%s', (_name, facts, expected) => {
    expect(decidePlacement({ ...READY, ...facts }, RULES, TODAY)).toEqual(expected);
  });
});
