import { readProcedure } from '../common';
import type { ReaderContext } from '../read';
import { decimal, money, opt, repetitions } from '../read';
import type { Segment } from '../tokenizer';
import type { Benefit271, RequestError271 } from './x12-271.types';

/** Reads AAA. */
export function readAaa(seg: Segment): RequestError271 {
  const e: RequestError271 = { validRequest: seg.elements[1] ?? '' };
  if (seg.elements[3]) e.rejectReason = seg.elements[3];
  if (seg.elements[4]) e.followUp = seg.elements[4];
  return e;
}

const EB_TEXT: [number, keyof Benefit271][] = [
  [2, 'coverageLevel'], [4, 'insuranceType'], [5, 'planDescription'], [6, 'timePeriod'], [9, 'quantityQualifier'], [11, 'authorizationRequired'], [12, 'inNetwork'],
];

/** Reads EB into a benefit with empty child lists. */
export function readEb(rc: ReaderContext, seg: Segment): Benefit271 {
  const b: Benefit271 = { info: seg.elements[1] ?? '', serviceTypes: repetitions(rc, seg, 3), references: [], dates: [], messages: [], errors: [], relatedEntities: [] };
  const text = b as unknown as Record<string, string>;
  for (const [i, key] of EB_TEXT) {
    const v = opt(seg, i);
    if (v !== undefined) text[key] = v;
  }
  const amount = money(rc, seg, 7);
  if (amount !== undefined) b.amountCents = amount;
  const percent = decimal(rc, seg, 8);
  if (percent !== undefined) b.percent = percent;
  const quantity = decimal(rc, seg, 10);
  if (quantity !== undefined) b.quantity = quantity;
  if (opt(seg, 13)) b.procedure = readProcedure(rc, seg, 13);
  return b;
}
