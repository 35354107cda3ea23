import type { SegmentView } from '../tokenizer/segment-view';
import { parseDate8At } from '../values/dates';
import { parseCentsAt, parseDecimalAt } from '../values/money';
import { pad } from './fields';
import type { ReaderContext } from './read.types';

/*
 * The element readers of `fields.ts` over a SegmentView: the same values and the same findings,
 * read from the characters in place (money, numbers and dates make no element string).
 */

/** Element `i`; reports `MISSING_ELEMENT` and returns `''` when absent or empty. */
export function requiredAt(rc: ReaderContext, v: SegmentView, i: number): string {
  if (v.has(i)) return v.at(i);
  rc.issue('MISSING_ELEMENT', `${v.id}${pad(i)} is required`, v, i);
  return '';
}

/** Money in cents from element `i`; `undefined` when absent, reported when not a valid amount. */
export function centsAt(rc: ReaderContext, v: SegmentView, i: number): number | undefined {
  if (!v.has(i)) return undefined;
  const cents = parseCentsAt(v.text, v.startOf(i), v.endOf(i));
  if (cents === undefined) rc.issue('INVALID_AMOUNT', `${v.id}${pad(i)} "${v.at(i)}" is not an amount with at most 2 decimals`, v, i);
  return cents;
}

/** Required money: reports when absent and returns 0. */
export function requiredCentsAt(rc: ReaderContext, v: SegmentView, i: number): number {
  if (!v.has(i)) {
    rc.issue('MISSING_ELEMENT', `${v.id}${pad(i)} is required`, v, i);
    return 0;
  }
  return centsAt(rc, v, i) ?? 0;
}

/** A non-money decimal (units, percent); reported when not a number. */
export function decimalAt(rc: ReaderContext, v: SegmentView, i: number): number | undefined {
  if (!v.has(i)) return undefined;
  const n = parseDecimalAt(v.text, v.startOf(i), v.endOf(i));
  if (n === undefined) rc.issue('INVALID_NUMBER', `${v.id}${pad(i)} "${v.at(i)}" is not a number`, v, i);
  return n;
}

/** A CCYYMMDD date as ISO; reported when not a real date. */
export function date8At(rc: ReaderContext, v: SegmentView, i: number): string | undefined {
  if (!v.has(i)) return undefined;
  const iso = parseDate8At(v.text, v.startOf(i), v.endOf(i));
  if (!iso) rc.issue('INVALID_DATE', `${v.id}${pad(i)} "${v.at(i)}" is not a valid CCYYMMDD date`, v, i);
  return iso;
}
