import { checkEstimate } from './good-faith-estimate.check';

describe('checkEstimate (No Surprises Act)', () => {
  it.each<[string, number, number, string | null, string, Partial<ReturnType<typeof checkEstimate>>]>([
    ['a bill $399.99 above is not eligible', 100_000, 139_999, '2026-03-01', '2026-03-02', { overByCents: 39_999, disputeEligible: false, disputeWindowOpen: false, disputeWindowEndsOn: null }],
    ['a bill exactly $400 above is eligible, 120 days from the initial bill', 100_000, 140_000, '2026-03-01', '2026-06-29', { disputeEligible: true, disputeWindowEndsOn: '2026-06-29', disputeWindowOpen: true }],
    ['the window closes the day after its 120th day', 100_000, 150_000, '2026-03-01', '2026-06-30', { disputeEligible: true, disputeWindowOpen: false }],
    ['before the first statement an eligible bill is open', 100_000, 150_000, null, '2027-01-01', { disputeEligible: true, disputeWindowEndsOn: null, disputeWindowOpen: true }],
    ['a bill below the estimate', 100_000, 90_000, '2026-03-01', '2026-03-02', { overByCents: -10_000, disputeEligible: false }],
  ])('%s', (_name, estimated, billed, initialBillOn, today, expected) => {
    expect(checkEstimate(estimated, billed, initialBillOn, today)).toMatchObject(expected);
  });
});
