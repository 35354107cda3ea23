import { ValidationError } from '../errors/errors';
import { assertInstant } from './calendar-date';
import { assertTimeZone, localDay, localInstant, wallClock } from './zoned-time';

/** 8 a.m., in seconds since midnight. */
const EARLIEST = 8 * 3600;
/** 9 p.m., in seconds since midnight. */
const LATEST = 21 * 3600;

/**
 * The US time zones a consumer may plausibly be in when the collector does not know where they are: the contiguous
 * states' Eastern, Central, Mountain (and Arizona, without daylight saving time) and Pacific zones, Alaska, the
 * Aleutians, Hawaii, Puerto Rico and the Virgin Islands, Guam and the Northern Mariana Islands, American Samoa.
 * Since SDK 1.9.0.
 * @public
 */
export const US_TIME_ZONES: readonly string[] = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'America/Adak',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
  'Pacific/Guam',
  'Pacific/Pago_Pago',
];

/**
 * Whether a communication at an instant falls within 8 a.m.–9 p.m.: allowed in every zone considered, or refused
 * naming the first zone where it is not, the local time there (`HH:MM`), and the first instant inside the hours in
 * every zone. Since SDK 1.9.0.
 * @public
 */
export type ContactHoursDecision =
  | { readonly allowed: true; readonly timeZones: readonly string[] }
  | { readonly allowed: false; readonly timeZone: string; readonly localTime: string; readonly nextAllowedAt: Date };

function inside(at: Date, timeZone: string): boolean {
  const { secondOfDay } = wallClock(at, timeZone);
  return secondOfDay >= EARLIEST && secondOfDay <= LATEST;
}

function hhmm(at: Date, timeZone: string): string {
  const { secondOfDay } = wallClock(at, timeZone);
  return `${String(Math.floor(secondOfDay / 3600)).padStart(2, '0')}:${String(Math.floor((secondOfDay % 3600) / 60)).padStart(2, '0')}`;
}

/** The earliest instant after `at` inside the hours in every zone: the allowed span is an intersection of 8 a.m. starts. */
function nextAllowed(at: Date, timeZones: readonly string[]): Date {
  const candidates = timeZones
    .flatMap((timeZone) => {
      const today = localDay(at, timeZone);
      return [0, 1, 2, 3].map((offset) => localInstant(today + offset, EARLIEST, timeZone));
    })
    .filter((candidate) => candidate.getTime() > at.getTime())
    .sort((a, b) => a.getTime() - b.getTime());
  const found = candidates.find((candidate) => timeZones.every((timeZone) => inside(candidate, timeZone)));
  if (!found) throw new ValidationError([{ field: 'timeZones', message: `8 a.m.–9 p.m. never falls at the same time in ${timeZones.join(', ')}` }]);
  return found;
}

/**
 * Whether the collector may communicate with the consumer at `at` (15 U.S.C. 1692c(a)(1), 12 CFR 1006.6(b)(1)(i)):
 * not before 8 a.m. nor after 9 p.m. (9:00:00 p.m. itself is allowed) in the consumer's time zone. Give every zone
 * the consumer's information points to (the mailing address's and the phone number's when they differ): the
 * communication must be inside the hours in each. With none, it must be inside them in every one of
 * {@link US_TIME_ZONES}. Throws {@link ValidationError} naming an unknown IANA time zone, or when the
 * zones given share no hour inside 8 a.m.–9 p.m.
 * Since SDK 1.9.0.
 * @public
 */
export function mayContactAt(at: Date, timeZones: readonly string[] = []): ContactHoursDecision {
  assertInstant(at, 'at');
  timeZones.forEach((timeZone, index) => assertTimeZone(timeZone, `timeZones[${index}]`));
  const considered = timeZones.length > 0 ? [...new Set(timeZones)] : US_TIME_ZONES;
  const outside = considered.find((timeZone) => !inside(at, timeZone));
  if (outside === undefined) return { allowed: true, timeZones: considered };
  return { allowed: false, timeZone: outside, localTime: hhmm(at, outside), nextAllowedAt: nextAllowed(at, considered) };
}
