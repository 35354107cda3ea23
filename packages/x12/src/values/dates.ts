/** X12 dates (CCYYMMDD, YYMMDD) and times (HHMM[SS[D..]]) to ISO strings and back. */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True when year/month/day is a real calendar date. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const max = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day <= max;
}

/** Value of the digits `text[from, to)`, or -1 when one of them is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * ISO strings of recently read dates, shared between results (files repeat a few hundred dates), in a
 * direct-mapped cache indexed by a hash of the CCYYMMDD value: a hit costs an array read and one
 * comparison, where a `Map` lookup hashed the number and probed a table. A slot holds the last date
 * that hashed to it, so memory stays bounded whatever the input.
 */
const DATE_SLOTS = 4096;
const cachedDateValues = new Int32Array(DATE_SLOTS);
const cachedIsoDates: string[] = new Array<string>(DATE_SLOTS).fill('');
const MAX_CACHED_DATES = 50_000;
/** CCYYMMDD texts of recently written ISO dates. */
const date8Texts = new Map<string, string>();

/** Parses CCYYMMDD into `YYYY-MM-DD`; `undefined` when it is not a real date. */
export function parseDate8(text: string): string | undefined {
  return parseDate8At(text, 0, text.length);
}

/** {@link parseDate8} of `text[start, end)`, read in place (a date seen before allocates nothing). */
export function parseDate8At(text: string, start: number, end: number): string | undefined {
  if (end - start !== 8) return undefined;
  const value = digitsAt(text, start, end);
  if (value < 0) return undefined;
  // Only valid dates are cached, and 0 is not one: an empty slot never matches.
  const slot = Math.imul(value, 0x9e3779b1) >>> 20;
  if (cachedDateValues[slot] === value) return cachedIsoDates[slot];
  const year = Math.floor(value / 10000);
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  if (!isCalendarDate(year, month, day)) return undefined;
  const iso = text.slice(start, start + 4) + '-' + text.slice(start + 4, start + 6) + '-' + text.slice(start + 6, start + 8);
  cachedDateValues[slot] = value;
  cachedIsoDates[slot] = iso;
  return iso;
}

/** Parses YYMMDD (ISA09) into `YYYY-MM-DD`, years 00-49 in 2000-2049 and 50-99 in 1950-1999. */
export function parseDate6(text: string): string | undefined {
  if (!/^\d{6}$/.test(text)) return undefined;
  const yy = Number(text.slice(0, 2));
  const century = yy < 50 ? '20' : '19';
  return parseDate8(century + text);
}

/** Parses HHMM, HHMMSS or HHMMSSD.. into `HH:MM` or `HH:MM:SS`; `undefined` when invalid. */
export function parseTime(text: string): string | undefined {
  if (!/^\d{4}(\d{2}\d*)?$/.test(text)) return undefined;
  const hh = Number(text.slice(0, 2));
  const mm = Number(text.slice(2, 4));
  if (hh > 23 || mm > 59) return undefined;
  if (text.length === 4) return `${text.slice(0, 2)}:${text.slice(2, 4)}`;
  if (Number(text.slice(4, 6)) > 59) return undefined;
  return `${text.slice(0, 2)}:${text.slice(2, 4)}:${text.slice(4, 6)}`;
}

/** Formats an ISO date `YYYY-MM-DD` as CCYYMMDD. Throws on anything else. */
export function formatDate8(iso: string): string {
  const known = date8Texts.get(iso);
  if (known !== undefined) return known;
  if (!isIsoDate(iso)) throw new RangeError(`not an ISO calendar date: ${iso}`);
  const text = iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10);
  if (date8Texts.size >= MAX_CACHED_DATES) date8Texts.clear();
  date8Texts.set(iso, text);
  return text;
}

/** True when the text is `YYYY-MM-DD` and a real calendar date. */
export function isIsoDate(text: string): boolean {
  if (typeof text !== 'string' || text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  return year >= 0 && month >= 0 && day >= 0 && isCalendarDate(year, month, day);
}

/** Formats `HH:MM` (or `HH:MM:SS`) as HHMM. */
export function formatTime4(time: string): string {
  if (!/^\d{2}:\d{2}(:\d{2})?$/.test(time)) throw new RangeError(`not a time HH:MM: ${time}`);
  return time.slice(0, 2) + time.slice(3, 5);
}
