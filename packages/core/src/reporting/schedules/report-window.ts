import { addDays } from '../../time/calendar-date';
import type { ReportCadence, ReportWindow } from './report-schedule.entity';

/** The first day of the month of `date`. */
function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** The period (inclusive dates) an email sent on `sendOn` reports on. */
export function windowPeriod(window: ReportWindow, sendOn: string): { from: string; to: string } {
  switch (window) {
    case 'month-to-date':
      return { from: monthStart(sendOn), to: sendOn };
    case 'previous-month': {
      const lastDay = addDays(monthStart(sendOn), -1);
      return { from: monthStart(lastDay), to: lastDay };
    }
    case 'last-30-days':
      return { from: addDays(sendOn, -29), to: sendOn };
    case 'year-to-date':
      return { from: `${sendOn.slice(0, 4)}-01-01`, to: sendOn };
  }
}

/** The day after `sendOn` a schedule is next due: tomorrow, a week on, or the first of next month. */
export function nextSendOn(cadence: ReportCadence, sendOn: string): string {
  switch (cadence) {
    case 'daily':
      return addDays(sendOn, 1);
    case 'weekly':
      return addDays(sendOn, 7);
    case 'monthly':
      return monthStart(addDays(monthStart(sendOn), 31));
  }
}
