import { ValidationError } from '../errors/errors';
import { federalHolidays, isBusinessDay } from './holidays';

const observed = (year: number): string[] => federalHolidays(year).map((holiday) => holiday.observedOn);

describe('federalHolidays', () => {
  it.each([
    // 2024: no holiday falls on a weekend; MLK = 3rd Monday of January (Jan 1 is a Monday → 15th), Washington = 3rd
    // Monday of February (Feb 1 Thu → 5th, 12th, 19th), Memorial = last Monday of May (31st is a Friday → 27th),
    // Labor = 1st Monday of September (2nd), Columbus = 2nd Monday of October (Oct 1 Tue → 7th, 14th),
    // Thanksgiving = 4th Thursday of November (Nov 1 Fri → 7th, 14th, 21st, 28th).
    [2024, ['2024-01-01', '2024-01-15', '2024-02-19', '2024-05-27', '2024-06-19', '2024-07-04', '2024-09-02', '2024-10-14', '2024-11-11', '2024-11-28', '2024-12-25']],
    // 2020: no Juneteenth yet (10 holidays); July 4 is a Saturday → observed Friday July 3.
    [2020, ['2020-01-01', '2020-01-20', '2020-02-17', '2020-05-25', '2020-07-03', '2020-09-07', '2020-10-12', '2020-11-11', '2020-11-26', '2020-12-25']],
    // 2022: New Year's Day is a Saturday → observed Friday Dec 31, 2021; Juneteenth (Sunday) → Monday June 20;
    // Christmas (Sunday) → Monday Dec 26.
    [2022, ['2021-12-31', '2022-01-17', '2022-02-21', '2022-05-30', '2022-06-20', '2022-07-04', '2022-09-05', '2022-10-10', '2022-11-11', '2022-11-24', '2022-12-26']],
    // 2023: Veterans Day is a Saturday → observed Friday Nov 10; New Year's Day (Sunday) → Monday Jan 2.
    [2023, ['2023-01-02', '2023-01-16', '2023-02-20', '2023-05-29', '2023-06-19', '2023-07-04', '2023-09-04', '2023-10-09', '2023-11-10', '2023-11-23', '2023-12-25']],
  ])('%i is observed on %j', (year, dates) => {
    expect(observed(year)).toEqual(dates);
  });

  it('names each holiday and keeps its own date beside the observed one', () => {
    expect(federalHolidays(2021).find((holiday) => holiday.name === 'Juneteenth National Independence Day')).toEqual({
      name: 'Juneteenth National Independence Day',
      date: '2021-06-19',
      observedOn: '2021-06-18',
    });
    expect(federalHolidays(2021)).toHaveLength(11);
  });

  it.each([1970, 2024.5, 10000])('refuses the year %p', (year) => {
    expect(() => federalHolidays(year)).toThrow(ValidationError);
  });
});

describe('isBusinessDay', () => {
  it.each([
    ['2024-11-27', true], // Wednesday before Thanksgiving
    ['2024-11-28', false], // Thanksgiving
    ['2024-11-29', true], // the Friday after is not a federal holiday
    ['2024-11-30', false], // Saturday
    ['2024-12-01', false], // Sunday
    ['2020-07-03', false], // Friday observing Saturday July 4
    ['2021-12-31', false], // Friday observing New Year's Day 2022 (a Saturday)
    ['2022-06-20', false], // Monday observing Juneteenth (a Sunday)
    ['2023-11-10', false], // Friday observing Veterans Day (a Saturday)
    ['2020-06-19', true], // Juneteenth before it became a holiday
  ])('%s → %p', (date, expected) => {
    expect(isBusinessDay(date)).toBe(expected);
  });

  it('counts extra holidays as closed (the national day of mourning of January 9, 2025)', () => {
    expect(isBusinessDay('2025-01-09')).toBe(true);
    expect(isBusinessDay('2025-01-09', ['2025-01-09'])).toBe(false);
  });

  it('names the bad date', () => {
    expect(() => isBusinessDay('2023-02-29')).toThrow('date: expected a calendar date YYYY-MM-DD, got "2023-02-29"');
    expect(() => isBusinessDay('2024-01-02', ['2024-13-01'])).toThrow('extraHolidays[0]');
  });
});
