import type { ListBuilder } from '../read/list-builder';
import type { ReaderContext } from '../read/read.types';
import { NewAdjustment, NewDateValue, NewEntityName, NewReference } from '../read/records';
import { centsAt, date8At, decimalAt } from '../read/view-fields';
import type { SegmentView } from '../tokenizer/segment-view';
import { parseTime } from '../values/dates';
import { pad } from '../read/fields';
import type { Adjustment, DateValue, EntityName, Procedure, Reference } from './common.types';
import { NO_PROCEDURE, procedureAtText } from './procedure-cache';

/*
 * The segment readers of `common.readers.ts` that typed readers call for most segments, over a
 * SegmentView: the same objects and findings, with no array of element strings.
 */

/** Reads an NM1 segment (the last and first names, which repeat, are shared strings). */
export function nameAt(v: SegmentView): EntityName {
  const name = new NewEntityName(v.at(1), v.at(2));
  if (v.has(3)) name.lastName = v.shared(3);
  if (v.has(4)) name.firstName = v.shared(4);
  if (v.has(5)) name.middleName = v.at(5);
  if (v.has(7)) name.suffix = v.at(7);
  if (v.has(8)) name.idQualifier = v.at(8);
  if (v.has(9)) name.id = v.at(9);
  return name;
}

/** Reads a REF segment. */
export function referenceAt(v: SegmentView): Reference {
  const ref = new NewReference(v.at(1), v.at(2));
  if (v.has(3)) ref.description = v.at(3);
  return ref;
}

/** Reads a DTM (date at element 2, time at 3) segment. */
export function dateValueAt(rc: ReaderContext, v: SegmentView): DateValue {
  const d = new NewDateValue(v.at(1), date8At(rc, v, 2) ?? v.at(2));
  if (v.has(3)) {
    const time = v.at(3);
    d.time = parseTime(time) ?? time;
  }
  return d;
}

/** Reads a procedure composite at element `i` (shared and frozen: see `readProcedure`). */
export function procedureAt(rc: ReaderContext, v: SegmentView, i: number): Procedure {
  const proc = v.has(i) ? procedureAtText(v.text, v.startOf(i), v.endOf(i), rc.delimiters.component) : NO_PROCEDURE;
  if (!proc.code) rc.issue('MISSING_ELEMENT', `${v.id}${pad(i)} has no procedure code (check the component separator)`, v, i, 'error', 2);
  return proc;
}

/** Adds the up-to-six reason/amount/quantity triplets of a CAS segment to `into`. */
export function addAdjustmentsAt(rc: ReaderContext, v: SegmentView, into: ListBuilder<Adjustment>): void {
  const group = v.at(1);
  let added = 0;
  // Up to six triplets (CAS02-CAS19); most CAS segments hold one, so stop at the last element present.
  const last = Math.min(17, v.count - 1);
  for (let i = 2; i <= last; i += 3) {
    if (!v.has(i)) continue;
    const adj = new NewAdjustment(group, v.at(i), centsAt(rc, v, i + 1) ?? 0);
    const quantity = decimalAt(rc, v, i + 2);
    if (quantity !== undefined) adj.quantity = quantity;
    into.add(adj);
    added++;
  }
  if (added === 0) rc.issue('MISSING_ELEMENT', 'CAS02 (adjustment reason) is required', v, 2);
}
