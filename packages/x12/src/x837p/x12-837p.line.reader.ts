import { readCas } from '../common/common.readers';
import type { ReaderContext } from '../read/read.types';
import { components, date8, decimal, moneyReq, opt } from '../read/fields';
import type { Segment } from '../tokenizer/segment';
import { parseDate8 } from '../values/dates';
import type { LineAdjudication837P, ServiceLine837P } from './x12-837p.types';

/** Reads SV1 into a service line (date filled by DTP*472). */
export function readSv1(rc: ReaderContext, seg: Segment): ServiceLine837P {
  const [, code = '', ...mods] = components(rc, seg, 1);
  const line: ServiceLine837P = {
    procedureCode: code, chargeCents: moneyReq(rc, seg, 2), unit: (seg.elements[3] ?? 'UN') as 'UN' | 'MJ',
    quantity: decimal(rc, seg, 4) ?? 0, diagnosisPointers: components(rc, seg, 7).map(Number), serviceDate: '',
  };
  const modifiers = mods.filter((m) => m !== '');
  if (modifiers.length) line.modifiers = modifiers.slice(0, 4);
  if (opt(seg, 5)) line.placeOfService = seg.elements[5]!;
  return line;
}

/** Applies DTP*472 (D8 or RD8) to a line. */
export function applyServiceDate(rc: ReaderContext, seg: Segment, line: ServiceLine837P): void {
  const value = seg.elements[3] ?? '';
  const [from = '', to] = value.split('-');
  const start = parseDate8(from);
  if (!start) rc.issue('INVALID_DATE', `DTP03 "${value}" is not a valid date`, seg, 3);
  line.serviceDate = start ?? from;
  if (seg.elements[2] === 'RD8' && to) {
    const end = parseDate8(to);
    if (!end) rc.issue('INVALID_DATE', `DTP03 "${value}" is not a valid date range`, seg, 3);
    line.serviceDateEnd = end ?? to;
  }
}

/** Reads SVD into a line adjudication (CAS and DTP*573 follow). */
export function readSvd(rc: ReaderContext, seg: Segment): LineAdjudication837P {
  const [, code = '', ...mods] = components(rc, seg, 3);
  const a: LineAdjudication837P = {
    payerId: seg.elements[1] ?? '', paidCents: moneyReq(rc, seg, 2), procedureCode: code, paidUnits: decimal(rc, seg, 5) ?? 0,
    adjustments: [], adjudicationDate: '',
  };
  const modifiers = mods.filter((m) => m !== '');
  if (modifiers.length) a.modifiers = modifiers.slice(0, 4);
  return a;
}

/** Applies a 2400/2410/2430 segment to the current line; returns false when the segment is not a line segment. */
export function applyLineSegment(rc: ReaderContext, seg: Segment, line: ServiceLine837P): boolean {
  const adj = line.adjudications?.[line.adjudications.length - 1];
  switch (seg.id) {
    case 'DTP':
      if (seg.elements[1] === '472') applyServiceDate(rc, seg, line);
      else if (seg.elements[1] === '573' && adj) adj.adjudicationDate = date8(rc, seg, 3) ?? '';
      return true;
    case 'REF': if (seg.elements[1] === '6R') line.lineItemControlNumber = seg.elements[2] ?? ''; return true;
    case 'NTE': line.note = seg.elements[2] ?? ''; return true;
    case 'LIN': line.drug = { ndc: seg.elements[3] ?? '', quantity: 0, unit: '' }; return true;
    case 'CTP': if (line.drug) { line.drug.quantity = decimal(rc, seg, 4) ?? 0; line.drug.unit = (seg.elements[5] ?? '').split(rc.delimiters.component)[0]!; } return true;
    case 'SVD': (line.adjudications ??= []).push(readSvd(rc, seg)); return true;
    case 'CAS': if (adj) adj.adjustments.push(...readCas(rc, seg)); return true;
    case 'AMT': if (adj && seg.elements[1] === 'EAF') adj.remainingPatientLiabilityCents = moneyReq(rc, seg, 2); return true;
    default: return false;
  }
}
