import { dueDate, installmentCount, planStanding, type PlanTerms } from './plan-schedule';

const MONTHLY: PlanTerms = { totalCents: 10_000, installmentCents: 3_000, cadence: 'monthly', firstDueOn: '2027-01-31', graceDays: 10 };

describe('plan schedule', () => {
  it('counts the installments, the last one being what is left', () => {
    expect(installmentCount(MONTHLY)).toBe(4);
    expect(installmentCount({ totalCents: 9_000, installmentCents: 3_000 })).toBe(3);
  });

  it('keeps a monthly day, or the month’s last day when the month is shorter', () => {
    expect([0, 1, 2, 3].map((index) => dueDate(MONTHLY, index))).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30']);
    expect(dueDate({ cadence: 'biweekly', firstDueOn: '2027-12-24' }, 1)).toBe('2028-01-07');
    expect(dueDate({ cadence: 'weekly', firstDueOn: '2027-02-26' }, 1)).toBe('2027-03-05');
  });

  it.each<[string, number, string, ReturnType<typeof planStanding>]>([
    ['current before the first due date', 0, '2027-01-15', { standing: 'current', nextDueOn: '2027-01-31', nextDueCents: 3_000 }],
    ['current on the due date itself', 0, '2027-01-31', { standing: 'current', nextDueOn: '2027-01-31', nextDueCents: 3_000 }],
    ['late the day after a missed installment, until the grace ends', 0, '2027-02-01', { standing: 'late', missedDueOn: '2027-01-31', shortCents: 3_000, breaksAfter: '2027-02-10' }],
    ['late on the last day of grace', 1_000, '2027-02-10', { standing: 'late', missedDueOn: '2027-01-31', shortCents: 2_000, breaksAfter: '2027-02-10' }],
    ['broken the day after the grace', 1_000, '2027-02-11', { standing: 'broken', missedDueOn: '2027-01-31', shortCents: 2_000 }],
    ['current with the next installment once the first is paid', 3_000, '2027-02-11', { standing: 'current', nextDueOn: '2027-02-28', nextDueCents: 3_000 }],
    ['ahead when paid beyond the installment', 7_000, '2027-03-01', { standing: 'current', nextDueOn: '2027-03-31', nextDueCents: 2_000 }],
    ['the last installment is what is left', 9_000, '2027-04-30', { standing: 'current', nextDueOn: '2027-04-30', nextDueCents: 1_000 }],
    ['paid off', 10_000, '2027-02-01', { standing: 'paid-off' }],
  ])('%s', (_name, paid, today, expected) => {
    expect(planStanding(MONTHLY, paid, today)).toEqual(expected);
  });
});
