import type { Segment } from '../tokenizer/segment';
import { parseDate8 } from '../values/dates';
import { parseCents, parseDecimal } from '../values/money';
import type { ReaderContext } from './read.types';

/** Element `i` of `seg` or `undefined` when absent or empty. */
export function opt(seg: Segment, i: number): string | undefined {
  const v = seg.elements[i];
  return v === undefined || v === '' ? undefined : v;
}

/** Element `i` of `seg`; reports `MISSING_ELEMENT` and returns `''` when absent. */
export function req(rc: ReaderContext, seg: Segment, i: number): string {
  const v = seg.elements[i];
  if (v === undefined || v === '') {
    rc.issue('MISSING_ELEMENT', `${seg.id}${pad(i)} is required`, seg, i);
    return '';
  }
  return v;
}

/** Money in cents from element `i`; `undefined` when absent, reported when not a valid amount. */
export function money(rc: ReaderContext, seg: Segment, i: number): number | undefined {
  const v = seg.elements[i];
  if (v === undefined || v === '') return undefined;
  const cents = parseCents(v);
  if (cents === undefined) rc.issue('INVALID_AMOUNT', `${seg.id}${pad(i)} "${v}" is not an amount with at most 2 decimals`, seg, i);
  return cents;
}

/** Required money: reports when absent and returns 0. */
export function moneyReq(rc: ReaderContext, seg: Segment, i: number): number {
  const v = money(rc, seg, i);
  if (v === undefined && !seg.elements[i]) rc.issue('MISSING_ELEMENT', `${seg.id}${pad(i)} is required`, seg, i);
  return v ?? 0;
}

/** A non-money decimal (units, percent); reported when not a number. */
export function decimal(rc: ReaderContext, seg: Segment, i: number): number | undefined {
  const v = opt(seg, i);
  if (v === undefined) return undefined;
  const n = parseDecimal(v);
  if (n === undefined) rc.issue('INVALID_NUMBER', `${seg.id}${pad(i)} "${v}" is not a number`, seg, i);
  return n;
}

/** A CCYYMMDD date as ISO; reported when not a real date. */
export function date8(rc: ReaderContext, seg: Segment, i: number): string | undefined {
  const v = opt(seg, i);
  if (v === undefined) return undefined;
  const iso = parseDate8(v);
  if (!iso) rc.issue('INVALID_DATE', `${seg.id}${pad(i)} "${v}" is not a valid CCYYMMDD date`, seg, i);
  return iso;
}

/** Splits a composite element into components (empty array when absent). */
export function components(rc: ReaderContext, seg: Segment, i: number): string[] {
  const v = seg.elements[i];
  return v ? v.split(rc.delimiters.component) : [];
}

/** Splits a repeated element into its repetitions (one item when there is no repetition separator). */
export function repetitions(rc: ReaderContext, seg: Segment, i: number): string[] {
  const v = seg.elements[i];
  if (!v) return [];
  const sep = rc.delimiters.repetition;
  return sep ? v.split(sep) : [v];
}

/** `01`, `02`... as used in X12 element names. */
export function pad(i: number): string {
  return String(i).padStart(2, '0');
}

