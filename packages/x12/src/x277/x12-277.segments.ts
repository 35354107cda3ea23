import { readProcedure } from '../common';
import type { ReaderContext } from '../read';
import { components, date8, decimal, money, moneyReq, opt } from '../read';
import type { Segment } from '../tokenizer';
import type { LineStatus277, StatusCode277, Stc277, Trace277 } from './x12-277.types';

function statusCode(parts: string[]): StatusCode277 | undefined {
  const [category, code, entity, codeListQualifier] = parts;
  if (!category) return undefined;
  const s: StatusCode277 = { category, code: code ?? '' };
  if (entity) s.entity = entity;
  if (codeListQualifier) s.codeListQualifier = codeListQualifier;
  return s;
}

/** Reads STC: status composites from STC01, STC10 and STC11 plus dates and amounts. */
export function readStc(rc: ReaderContext, seg: Segment): Stc277 {
  const stc: Stc277 = { statuses: [] };
  for (const i of [1, 10, 11]) {
    const s = statusCode(components(rc, seg, i));
    if (s) stc.statuses.push(s);
  }
  if (stc.statuses.length === 0) rc.issue('MISSING_ELEMENT', 'STC01 (status) is required', seg, 1);
  const date = date8(rc, seg, 2);
  if (date) stc.date = date;
  if (opt(seg, 3)) stc.action = seg.elements[3]!;
  const charge = money(rc, seg, 4);
  if (charge !== undefined) stc.chargeCents = charge;
  const paid = money(rc, seg, 5);
  if (paid !== undefined) stc.paymentCents = paid;
  const adjudicated = date8(rc, seg, 6);
  if (adjudicated) stc.adjudicationDate = adjudicated;
  if (opt(seg, 7)) stc.paymentMethod = seg.elements[7]!;
  const checkDate = date8(rc, seg, 8);
  if (checkDate) stc.checkDate = checkDate;
  if (opt(seg, 9)) stc.checkNumber = seg.elements[9]!;
  if (opt(seg, 12)) stc.message = seg.elements[12]!;
  return stc;
}

/** Reads TRN. */
export function readTrace(seg: Segment): Trace277 {
  const t: Trace277 = { typeCode: seg.elements[1] ?? '', number: seg.elements[2] ?? '' };
  if (seg.elements[3]) t.originatorId = seg.elements[3];
  return t;
}

/** Reads SVC (277 line). */
export function readSvcStatus(rc: ReaderContext, seg: Segment): LineStatus277 {
  const line: LineStatus277 = { procedure: readProcedure(rc, seg, 1), chargeCents: moneyReq(rc, seg, 2), statuses: [], references: [], dates: [] };
  const paid = money(rc, seg, 3);
  if (paid !== undefined) line.paymentCents = paid;
  if (opt(seg, 4)) line.revenueCode = seg.elements[4]!;
  const units = decimal(rc, seg, 7);
  if (units !== undefined) line.units = units;
  return line;
}
