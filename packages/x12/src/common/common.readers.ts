import { appended, emptyList } from '../read/append';
import { date8, decimal, money, opt, pad } from '../read/fields';
import type { ReaderContext } from '../read/read.types';
import { NewAdjustment, NewDateValue, NewEntityName, NewReference } from '../read/records';
import type { Segment } from '../tokenizer/segment';
import { parseDate8, parseTime } from '../values/dates';
import type { Address, Adjustment, Contact, DateValue, EntityName, Procedure, Reference } from './common.types';
import { NO_PROCEDURE, procedureOf } from './procedure-cache';

/** Reads an NM1 segment. */
export function readNm1(seg: Segment): EntityName {
  const e = seg.elements;
  const name = new NewEntityName(e[1] ?? '', e[2] ?? '');
  if (e[3]) name.lastName = e[3];
  if (e[4]) name.firstName = e[4];
  if (e[5]) name.middleName = e[5];
  if (e[7]) name.suffix = e[7];
  if (e[8]) name.idQualifier = e[8];
  if (e[9]) name.id = e[9];
  return name;
}

/** Reads a REF segment. */
export function readRef(seg: Segment): Reference {
  const ref = new NewReference(seg.elements[1] ?? '', seg.elements[2] ?? '');
  if (seg.elements[3]) ref.description = seg.elements[3];
  return ref;
}

/** Reads a DTM (date at element 2, time at 3) segment. */
export function readDtm(rc: ReaderContext, seg: Segment): DateValue {
  const d = new NewDateValue(seg.elements[1] ?? '', date8(rc, seg, 2) ?? seg.elements[2] ?? '');
  const time = opt(seg, 3);
  if (time) d.time = parseTime(time) ?? time;
  return d;
}

/** Reads a DTP segment (D8 date or RD8 range). */
export function readDtp(rc: ReaderContext, seg: Segment): DateValue {
  const format = seg.elements[2] ?? '';
  const value = seg.elements[3] ?? '';
  const d = new NewDateValue(seg.elements[1] ?? '', value);
  if (format === 'RD8') {
    const [from = '', to = ''] = value.split('-');
    d.date = checkDate(rc, seg, from);
    d.endDate = checkDate(rc, seg, to);
  } else if (format === 'D8') {
    d.date = checkDate(rc, seg, value);
  }
  return d;
}

function checkDate(rc: ReaderContext, seg: Segment, value: string): string {
  const iso = parseDate8(value);
  if (!iso) rc.issue('INVALID_DATE', `${seg.id}03 "${value}" is not a valid CCYYMMDD date`, seg, 3);
  else if (iso < '1900-01-01') rc.issue('DATE_OUT_OF_RANGE', `${seg.id}03 "${value}" is before 1900`, seg, 3);
  return iso ?? value;
}

/** Reads N3 into an address, to be completed by {@link applyN4}. */
export function readN3(seg: Segment): Address {
  const a: Address = { line1: seg.elements[1] ?? '', city: '' };
  if (seg.elements[2]) a.line2 = seg.elements[2];
  return a;
}

/** Completes an address with an N4 segment. */
export function applyN4(address: Address, seg: Segment): Address {
  const e = seg.elements;
  address.city = e[1] ?? '';
  if (e[2]) address.state = e[2];
  if (e[3]) address.postalCode = e[3];
  if (e[4]) address.countryCode = e[4];
  return address;
}

/** Reads a PER segment (up to three communication numbers). */
export function readPer(seg: Segment): Contact {
  const e = seg.elements;
  const c: Contact = { function: e[1] ?? '', numbers: emptyList() };
  if (e[2]) c.name = e[2];
  for (let i = 3; i <= 7; i += 2) if (e[i] && e[i + 1]) c.numbers = appended(c.numbers, new NewReference(e[i]!, e[i + 1]!));
  return c;
}

/**
 * Reads a procedure composite at element `i`. The procedure is **shared and frozen**: every
 * composite of the same text (`HC:99213:25`) in the file, and in the files read after it, is the
 * same object, so a parsed 835 keeps one procedure per distinct code rather than one per line.
 * Copy it (`{ ...p, modifiers: [...p.modifiers] }`) to change it.
 */
export function readProcedure(rc: ReaderContext, seg: Segment, i: number): Procedure {
  const text = seg.elements[i];
  const proc = text ? procedureOf(text, rc.delimiters.component) : NO_PROCEDURE;
  if (!proc.code) rc.issue('MISSING_ELEMENT', `${seg.id}${pad(i)} has no procedure code (check the component separator)`, seg, i, 'error', 2);
  return proc;
}

/** Reads the up-to-six reason/amount/quantity triplets of a CAS segment. */
export function readCas(rc: ReaderContext, seg: Segment): Adjustment[] {
  const group = seg.elements[1] ?? '';
  let out: Adjustment[] = emptyList();
  for (let i = 2; i <= 17; i += 3) {
    const reason = seg.elements[i];
    if (!reason) continue;
    const adj = new NewAdjustment(group, reason, money(rc, seg, i + 1) ?? 0);
    const quantity = decimal(rc, seg, i + 2);
    if (quantity !== undefined) adj.quantity = quantity;
    out = appended(out, adj);
  }
  if (out.length === 0) rc.issue('MISSING_ELEMENT', 'CAS02 (adjustment reason) is required', seg, 2);
  return out;
}
