import { ValidationError, type ValidationIssue } from '../errors/errors';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a real ISO calendar date, or `undefined` (`2023-02-29`, `2024-2-1`, `tomorrow`). */
function toDayNumber(date: string): number | undefined {
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
  return isoDate(day) === date ? day : undefined;
}

/** The issue for a value that is not an ISO calendar date, naming `field`; `undefined` when it is one. */
export function dateIssue(date: unknown, field: string): ValidationIssue | undefined {
  if (typeof date === 'string' && toDayNumber(date) !== undefined) return undefined;
  return { field, message: `expected a calendar date YYYY-MM-DD, got ${JSON.stringify(date)}` };
}

/** Days since 1970-01-01 of an ISO calendar date; throws {@link ValidationError} naming `field` otherwise. */
export function dayNumber(date: string, field: string): number {
  const issue = dateIssue(date, field);
  if (issue) throw new ValidationError([issue]);
  return toDayNumber(date) as number;
}

/** The ISO calendar date of a day number. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 for Sunday … 6 for Saturday. */
export function weekday(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

/** The day number of a year, month (1–12) and day of month; months and days past the end roll over like `Date.UTC`. */
export function dayOf(year: number, month: number, dayOfMonth: number): number {
  return Date.UTC(year, month - 1, dayOfMonth) / DAY_MS;
}

/** Milliseconds from 1970-01-01T00:00Z to the start of a day number, in UTC. */
export function utcMidnight(day: number): number {
  return day * DAY_MS;
}

/** Throws {@link ValidationError} naming `field` unless `value` is a valid `Date`. */
export function assertInstant(value: unknown, field: string): asserts value is Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new ValidationError([{ field, message: 'expected a valid Date (an instant)' }]);
  }
}
