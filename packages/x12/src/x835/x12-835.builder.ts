import type { Address, AmountValue, Contact, DateValue, EntityName, Procedure, Reference } from '../common';
import { X12BuildError } from '../errors';
import type { FieldError } from '../errors';
import { FieldChecker } from '../x837p/field-checker';
import { formatCents, formatDate8, formatDecimal } from '../values';
import type { ControlNumbers, ControlNumberSequence, EnvelopeOptions, SegmentWriter } from '../write';
import { DEFAULT_DELIMITERS, reserveControlNumbers, writeInterchange } from '../write';
import { writeCas } from '../x837p/x12-837p.claim.writer';
import { balance835 } from './x12-835.balance';
import type { Claim835, Party835, Payment835, Remittance835, ServiceLine835 } from './x12-835.types';

/** The implementation guide the 835 builder writes. */
export const VERSION_835 = '005010X221A1';

const BPR_TAIL: (keyof Payment835)[] = ['format', 'senderDfiQualifier', 'senderDfiId', 'senderAccountQualifier', 'senderAccount', 'originatingCompanyId',
  'originatingCompanySupplementalCode', 'receiverDfiQualifier', 'receiverDfiId', 'receiverAccountQualifier', 'receiverAccount'];

function writeDates(w: SegmentWriter, dates: DateValue[]): void {
  for (const d of dates) w.seg('DTM', d.qualifier, formatDate8(d.date), d.time?.replace(/:/g, ''));
}
function writeRefs(w: SegmentWriter, refs: Reference[]): void {
  for (const r of refs) w.seg('REF', r.qualifier, r.value, r.description);
}
function writeAmounts(w: SegmentWriter, amounts: AmountValue[]): void {
  for (const a of amounts) w.seg('AMT', a.qualifier, formatCents(a.amountCents));
}
function writeContacts(w: SegmentWriter, contacts: Contact[]): void {
  for (const c of contacts) w.seg('PER', c.function, c.name, ...c.numbers.flatMap((n) => [n.qualifier, n.value]));
}
function writeAddress(w: SegmentWriter, a: Address | undefined): void {
  if (!a) return;
  w.seg('N3', a.line1, a.line2);
  w.seg('N4', a.city, a.state, a.postalCode, a.countryCode);
}
function proc(w: SegmentWriter, p: Procedure): string {
  return w.comp(p.qualifier, p.code, p.modifiers[0], p.modifiers[1], p.modifiers[2], p.modifiers[3], p.description);
}
function writeName(w: SegmentWriter, n: EntityName): void {
  w.seg('NM1', n.entity, n.entityType, n.lastName, n.firstName, n.middleName, undefined, n.suffix, n.idQualifier, n.id);
}

function writeParty(w: SegmentWriter, p: Party835 | undefined): void {
  if (!p) return;
  w.seg('N1', p.entity, p.name, p.idQualifier, p.id);
  writeAddress(w, p.address);
  writeRefs(w, p.references);
  writeContacts(w, p.contacts);
}

/** REF qualifiers of the 2110 service identification loop, which the TR3 puts before REF*6R. */
const SERVICE_IDENTIFICATION_REFS = new Set(['1S', 'APC', 'BB', 'E9', 'G1', 'G3', 'GC', 'GQ', 'LU', 'RB']);

function writeLineDates(w: SegmentWriter, l: ServiceLine835): void {
  if (l.serviceStartDate) w.seg('DTM', '150', formatDate8(l.serviceStartDate));
  if (l.serviceEndDate) w.seg('DTM', '151', formatDate8(l.serviceEndDate));
  if (l.serviceDate) w.seg('DTM', '472', formatDate8(l.serviceDate));
  writeDates(w, l.dates);
}

/** Writes the line's REFs in TR3 order: service identification, REF*6R, then the rest (rendering provider, policy). */
function writeLineRefs(w: SegmentWriter, l: ServiceLine835): void {
  let i = 0;
  for (; i < l.references.length && SERVICE_IDENTIFICATION_REFS.has(l.references[i]!.qualifier); i++) {
    const r = l.references[i]!;
    w.seg('REF', r.qualifier, r.value, r.description);
  }
  if (l.lineItemControlNumber !== undefined) w.seg('REF', '6R', l.lineItemControlNumber);
  writeRefs(w, l.references.slice(i));
}

function writeLine(w: SegmentWriter, l: ServiceLine835): void {
  w.seg('SVC', proc(w, l.procedure), formatCents(l.chargeCents), formatCents(l.paymentCents), l.revenueCode,
    l.units === undefined ? undefined : formatDecimal(l.units), l.originalProcedure && proc(w, l.originalProcedure),
    l.originalUnits === undefined ? undefined : formatDecimal(l.originalUnits));
  writeLineDates(w, l);
  writeCas(w, l.adjustments);
  writeLineRefs(w, l);
  if (l.allowedCents !== undefined) w.seg('AMT', 'B6', formatCents(l.allowedCents));
  writeAmounts(w, l.amounts);
  for (const q of l.quantities) w.seg('QTY', q.qualifier, formatDecimal(q.quantity));
  for (const r of l.remarks) w.seg('LQ', r.qualifier, r.code);
}

function writeClaim(w: SegmentWriter, c: Claim835): void {
  w.seg('CLP', c.patientControlNumber, c.status, formatCents(c.chargeCents), formatCents(c.paymentCents),
    c.patientResponsibilityCents === undefined ? undefined : formatCents(c.patientResponsibilityCents), c.filingIndicator, c.payerClaimControlNumber,
    c.facilityType, c.frequency, undefined, c.drgCode, c.drgWeight === undefined ? undefined : formatDecimal(c.drgWeight));
  writeCas(w, c.adjustments);
  for (const n of c.names) writeName(w, n);
  if (c.outpatient) {
    const o = c.outpatient;
    const r = o.remarkCodes;
    w.seg('MOA', o.reimbursementRate === undefined ? undefined : formatDecimal(o.reimbursementRate),
      o.hcpcsPayableCents === undefined ? undefined : formatCents(o.hcpcsPayableCents), r[0], r[1], r[2], r[3], r[4]);
  }
  writeRefs(w, c.references);
  writeDates(w, c.dates);
  writeContacts(w, c.contacts);
  writeAmounts(w, c.amounts);
  for (const q of c.quantities) w.seg('QTY', q.qualifier, formatDecimal(q.quantity));
  for (const l of c.lines) writeLine(w, l);
}

function writeRemittance(w: SegmentWriter, r: Remittance835): void {
  const p = r.payment;
  w.seg('BPR', p.handlingCode, formatCents(p.amountCents), p.creditDebit, p.method, ...BPR_TAIL.map((k) => p[k] as string | undefined), p.date && formatDate8(p.date));
  if (r.trace) w.seg('TRN', r.trace.typeCode, r.trace.number, r.trace.originatorId, r.trace.originatorSupplementalId);
  writeRefs(w, r.references);
  writeDates(w, r.dates);
  writeParty(w, r.payer);
  writeParty(w, r.payee);
  let header: string | undefined;
  for (const c of r.claims) {
    if (c.headerNumber !== undefined && c.headerNumber !== header) w.seg('LX', (header = c.headerNumber));
    writeClaim(w, c);
  }
  for (const plb of r.providerAdjustments) {
    w.seg('PLB', plb.providerId, formatDate8(plb.fiscalPeriodDate), ...plb.items.flatMap((i) => [w.comp(i.reason, i.reference), formatCents(i.amountCents)]));
  }
}

/** Field errors of a remittance: it must balance (line, claim, BPR02) and hold no delimiters. */
export function validate835Input(r: Remittance835, reserved = '*~:^'): FieldError[] {
  const c = new FieldChecker();
  c.noDelimiters(r, '', reserved);
  for (const f of balance835(r)) {
    if (f.severity !== 'error') continue;
    const path = f.claimIndex === undefined ? 'payment.amountCents' : f.lineIndex === undefined ? `claims[${f.claimIndex}].paymentCents` : `claims[${f.claimIndex}].lines[${f.lineIndex}].paymentCents`;
    c.fail(path, f.code, f.message);
  }
  return c.errors;
}

function assertValid(remits: readonly Remittance835[], options: EnvelopeOptions): void {
  const d = options.delimiters ?? DEFAULT_DELIMITERS;
  const errors = remits.flatMap((r) => validate835Input(r, d.element + d.component + d.segment + (d.repetition ?? '')));
  if (errors.length) throw new X12BuildError(errors);
}

/** Writes 835s (one ST per remittance, without ST03: not used in X221A1) after checking that each balances. */
export function write835(remits: readonly Remittance835[], options: EnvelopeOptions, numbers: ControlNumbers): string {
  assertValid(remits, options);
  return writeInterchange(options, { functionalId: 'HP', version: VERSION_835, setId: '835', omitImplementationRef: true }, numbers, remits.map((r) => (w: SegmentWriter) => writeRemittance(w, r)));
}

/** Builds 835s with control numbers from a sequence (none consumed when the input is refused). */
export async function build835(remits: readonly Remittance835[], options: EnvelopeOptions, sequence: ControlNumberSequence): Promise<string> {
  assertValid(remits, options);
  return write835(remits, options, await reserveControlNumbers(sequence, remits.length));
}
