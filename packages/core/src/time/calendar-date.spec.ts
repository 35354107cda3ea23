import { addDays, calendarDate } from './calendar-date';

describe('calendar dates', () => {
  it('reads the date of an instant in a time zone', () => {
    const instant = new Date('2026-03-02T04:30:00Z');
    expect(calendarDate(instant, 'UTC')).toBe('2026-03-02');
    expect(calendarDate(instant, 'America/Chicago')).toBe('2026-03-01');
  });

  it('adds days across month and year ends and leap days', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
