import { ValidationError } from '../errors/errors';
import { dayNumber, dayOf, isoDate, weekday } from './calendar-date';

/** One legal public holiday of 5 U.S.C. 6103(a). Since SDK 1.9.0. @public */
export interface FederalHoliday {
  /** The holiday's name as the statute gives it, e.g. `Thanksgiving Day`. */
  readonly name: string;
  /** The holiday's own date (ISO calendar date). */
  readonly date: string;
  /**
   * The day it is observed (ISO calendar date): a holiday on a Saturday is observed the Friday before, one on a Sunday
   * the Monday after (5 U.S.C. 6103(b)). New Year's Day on a Saturday is observed on December 31 of the year before.
   */
  readonly observedOn: string;
}

const SUNDAY = 0;
const MONDAY = 1;
const THURSDAY = 4;
const SATURDAY = 6;
/** The Uniform Monday Holiday Act took effect in 1971; earlier calendars are not modelled. */
const FIRST_YEAR = 1971;
const LAST_YEAR = 9999;
/** Juneteenth National Independence Day became a legal public holiday on June 17, 2021. */
const JUNETEENTH_FIRST_YEAR = 2021;

function nthWeekday(year: number, month: number, day: number, n: number): number {
  const first = dayOf(year, month, 1);
  return first + ((day - weekday(first) + 7) % 7) + 7 * (n - 1);
}

function lastWeekday(year: number, month: number, day: number): number {
  const last = dayOf(year, month + 1, 0);
  return last - ((weekday(last) - day + 7) % 7);
}

function observed(day: number): number {
  const dow = weekday(day);
  return dow === SATURDAY ? day - 1 : dow === SUNDAY ? day + 1 : day;
}

/**
 * The legal public holidays of 5 U.S.C. 6103(a) in `year` (eleven from 2021, ten before: Juneteenth), each with the
 * day it is observed. Inauguration Day (6103(c)) is not one of them. Years 1971–9999.
 * @public
 */
export function federalHolidays(year: number): readonly FederalHoliday[] {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new ValidationError([{ field: 'year', message: `expected a year from ${FIRST_YEAR} to ${LAST_YEAR}, got ${year}` }]);
  }
  const days: [string, number][] = [
    ["New Year's Day", dayOf(year, 1, 1)],
    ['Birthday of Martin Luther King, Jr.', nthWeekday(year, 1, MONDAY, 3)],
    ["Washington's Birthday", nthWeekday(year, 2, MONDAY, 3)],
    ['Memorial Day', lastWeekday(year, 5, MONDAY)],
    ...(year >= JUNETEENTH_FIRST_YEAR ? [['Juneteenth National Independence Day', dayOf(year, 6, 19)] as [string, number]] : []),
    ['Independence Day', dayOf(year, 7, 4)],
    ['Labor Day', nthWeekday(year, 9, MONDAY, 1)],
    ['Columbus Day', nthWeekday(year, 10, MONDAY, 2)],
    ['Veterans Day', dayOf(year, 11, 11)],
    ['Thanksgiving Day', nthWeekday(year, 11, THURSDAY, 4)],
    ['Christmas Day', dayOf(year, 12, 25)],
  ];
  return days.map(([name, day]) => ({ name, date: isoDate(day), observedOn: isoDate(observed(day)) }));
}

/**
 * A test of day numbers for business days: not a Saturday, a Sunday, an observed federal holiday or one of
 * `extraHolidays` (ISO dates, e.g. a state holiday or a federal closing by executive order). Holidays are computed once
 * per year asked.
 */
export function businessDayTest(extraHolidays: readonly string[] = []): (day: number) => boolean {
  const closed = new Set(extraHolidays.map((date, index) => dayNumber(date, `extraHolidays[${index}]`)));
  const yearsLoaded = new Set<number>();
  const load = (year: number): void => {
    if (yearsLoaded.has(year)) return;
    for (const holiday of federalHolidays(year)) closed.add(dayNumber(holiday.observedOn, 'observedOn'));
    yearsLoaded.add(year);
  };
  return (day) => {
    const year = Number(isoDate(day).slice(0, 4));
    load(year); // refuses years outside 1971–9999, naming the year
    if (year < LAST_YEAR) load(year + 1); // New Year's Day on a Saturday is observed on December 31
    const dow = weekday(day);
    return dow !== SATURDAY && dow !== SUNDAY && !closed.has(day);
  };
}

/**
 * Whether `date` (ISO calendar date) is a business day: not a Saturday, a Sunday, an observed legal public holiday of
 * 5 U.S.C. 6103(a) or one of `extraHolidays` (ISO dates). Since SDK 1.9.0.
 * @public
 */
export function isBusinessDay(date: string, extraHolidays: readonly string[] = []): boolean {
  return businessDayTest(extraHolidays)(dayNumber(date, 'date'));
}
