import { nextSendOn, windowPeriod } from './report-window';

describe('report windows', () => {
  it('reports on the month so far, the whole previous month, 30 days or the year so far', () => {
    expect(windowPeriod('month-to-date', '2026-03-15')).toEqual({ from: '2026-03-01', to: '2026-03-15' });
    expect(windowPeriod('previous-month', '2026-03-01')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(windowPeriod('previous-month', '2026-01-10')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(windowPeriod('last-30-days', '2026-03-15')).toEqual({ from: '2026-02-14', to: '2026-03-15' });
    expect(windowPeriod('year-to-date', '2026-03-15')).toEqual({ from: '2026-01-01', to: '2026-03-15' });
  });

  it('is next due tomorrow, a week on, or on the first of the next month', () => {
    expect(nextSendOn('daily', '2026-12-31')).toBe('2027-01-01');
    expect(nextSendOn('weekly', '2026-02-25')).toBe('2026-03-04');
    expect(nextSendOn('monthly', '2026-01-31')).toBe('2026-02-01');
    expect(nextSendOn('monthly', '2026-12-01')).toBe('2027-01-01');
  });
});
