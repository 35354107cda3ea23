import { ValidationError } from '../errors/errors';
import { dayNumber, utcMidnight } from './calendar-date';

const HOUR_MS = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of an instant in a time zone: its calendar date and the seconds since that date's midnight. */
export interface WallClock {
  readonly date: string;
  readonly secondOfDay: number;
}

/** A formatter for `timeZone`; throws {@link ValidationError} naming `field` and the zone when Intl does not know it. */
function formatter(timeZone: string, field: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  let created: Intl.DateTimeFormat;
  try {
    if (typeof timeZone !== 'string' || timeZone.trim() === '') throw new RangeError('empty');
    created = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  } catch {
    throw new ValidationError([{ field, message: `unknown IANA time zone ${JSON.stringify(timeZone)}` }]);
  }
  formatters.set(timeZone, created);
  return created;
}

/** Throws {@link ValidationError} naming `field` and the zone unless `timeZone` is an IANA time zone Intl knows. */
export function assertTimeZone(timeZone: string, field: string): void {
  formatter(timeZone, field);
}

/** The calendar date and time of day of `instant` in `timeZone`. */
export function wallClock(instant: Date, timeZone: string, field = 'timeZone'): WallClock {
  const parts = Object.fromEntries(formatter(timeZone, field).formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    secondOfDay: Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second),
  };
}

/** The day number of the calendar date of `instant` in `timeZone`. */
export function localDay(instant: Date, timeZone: string, field = 'timeZone'): number {
  return dayNumber(wallClock(instant, timeZone, field).date, field);
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in milliseconds (whole seconds). */
function offsetMs(instant: Date, timeZone: string): number {
  const clock = wallClock(instant, timeZone);
  const wallAsUtc = utcMidnight(dayNumber(clock.date, 'date')) + clock.secondOfDay * 1000;
  return wallAsUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The first instant of the calendar day `day` in `timeZone` (midnight, or the first wall-clock time after a gap when a
 * zone skips midnight for daylight saving time).
 */
export function startOfLocalDay(day: number, timeZone: string): Date {
  const midnight = utcMidnight(day);
  let guess = midnight - offsetMs(new Date(midnight), timeZone);
  guess = midnight - offsetMs(new Date(guess), timeZone);
  while (localDay(new Date(guess), timeZone) < day) guess += HOUR_MS;
  return new Date(guess);
}

/** The instant `secondOfDay` seconds into calendar day `day` in `timeZone` (after the day's start; gaps shift it later). */
export function localInstant(day: number, secondOfDay: number, timeZone: string): Date {
  const midnight = utcMidnight(day) + secondOfDay * 1000;
  let guess = midnight - offsetMs(new Date(midnight), timeZone);
  guess = midnight - offsetMs(new Date(guess), timeZone);
  return new Date(guess);
}
