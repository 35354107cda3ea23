import { procedureAt } from '../common/common.view-readers';
import { appended, emptyList } from '../read/append';
import { date8, decimal, money, moneyReq, opt, req } from '../read/fields';
import type { ReaderContext } from '../read/read.types';
import type { Segment } from '../tokenizer/segment';
import { SegmentView } from '../tokenizer/segment-view';
import { centsAt, decimalAt, requiredAt, requiredCentsAt } from '../read/view-fields';
import { parseCents } from '../values/money';
import { NewClaim, NewInpatient, NewLine, NewOutpatient, NewProviderAdjustmentItem } from './x12-835.records';
import type { Claim835, HeaderGroup835, Inpatient835, Outpatient835, Payment835, ProviderAdjustment835, ServiceLine835, Trace835 } from './x12-835.types';

const BPR_OPTIONAL: [number, keyof Payment835][] = [
  [5, 'format'], [6, 'senderDfiQualifier'], [7, 'senderDfiId'], [8, 'senderAccountQualifier'], [9, 'senderAccount'],
  [10, 'originatingCompanyId'], [11, 'originatingCompanySupplementalCode'], [12, 'receiverDfiQualifier'],
  [13, 'receiverDfiId'], [14, 'receiverAccountQualifier'], [15, 'receiverAccount'],
];

/** Reads BPR. */
export function readBpr(rc: ReaderContext, seg: Segment): Payment835 {
  const p: Payment835 = { handlingCode: req(rc, seg, 1), amountCents: moneyReq(rc, seg, 2), creditDebit: req(rc, seg, 3), method: req(rc, seg, 4) };
  const out = p as unknown as Record<string, string>;
  for (const [i, key] of BPR_OPTIONAL) {
    const v = opt(seg, i);
    if (v !== undefined) out[key] = v;
  }
  const date = date8(rc, seg, 16);
  if (date) p.date = date;
  else if (!seg.elements[16]) rc.issue('MISSING_ELEMENT', 'BPR16 (check issue or EFT effective date) is required', seg, 16);
  return p;
}

/** Reads TRN. */
export function readTrn(rc: ReaderContext, seg: Segment): Trace835 {
  const t: Trace835 = { typeCode: req(rc, seg, 1), number: req(rc, seg, 2), originatorId: req(rc, seg, 3) };
  const sup = opt(seg, 4);
  if (sup) t.originatorSupplementalId = sup;
  return t;
}

/** Reads CLP into a claim whose child lists are the shared empty list. */
export function readClp(rc: ReaderContext, seg: Segment, headerNumber: string | undefined): Claim835 {
  return claimAt(rc, SegmentView.of(seg, rc.delimiters.element), headerNumber);
}

/** {@link readClp} over a view. */
export function claimAt(rc: ReaderContext, v: SegmentView, headerNumber: string | undefined): Claim835 {
  const c = new NewClaim(requiredAt(rc, v, 1), requiredAt(rc, v, 2), requiredCentsAt(rc, v, 3), requiredCentsAt(rc, v, 4));
  if (headerNumber !== undefined) c.headerNumber = headerNumber;
  const pr = centsAt(rc, v, 5);
  if (pr !== undefined) c.patientResponsibilityCents = pr;
  if (v.has(6)) c.filingIndicator = v.at(6);
  if (v.has(7)) c.payerClaimControlNumber = v.at(7);
  if (v.has(8)) c.facilityType = v.at(8);
  if (v.has(9)) c.frequency = v.at(9);
  if (v.has(11)) c.drgCode = v.at(11);
  const weight = decimalAt(rc, v, 12);
  if (weight !== undefined) c.drgWeight = weight;
  const fraction = decimalAt(rc, v, 13);
  if (fraction !== undefined) c.dischargeFraction = fraction;
  return c;
}

/** Reads SVC into a service line whose child lists are the shared empty list. */
export function readSvc(rc: ReaderContext, seg: Segment): ServiceLine835 {
  return lineAt(rc, SegmentView.of(seg, rc.delimiters.element));
}

/** {@link readSvc} over a view. */
export function lineAt(rc: ReaderContext, v: SegmentView): ServiceLine835 {
  const line = new NewLine(procedureAt(rc, v, 1), requiredCentsAt(rc, v, 2), requiredCentsAt(rc, v, 3));
  if (v.has(4)) line.revenueCode = v.at(4);
  const units = decimalAt(rc, v, 5);
  if (units !== undefined) line.units = units;
  if (v.has(6)) line.originalProcedure = procedureAt(rc, v, 6);
  const original = decimalAt(rc, v, 7);
  if (original !== undefined) line.originalUnits = original;
  return line;
}

/** Reads a PLB segment: up to six reason/amount pairs. */
export function readPlb(rc: ReaderContext, seg: Segment): ProviderAdjustment835 {
  const plb: ProviderAdjustment835 = { providerId: req(rc, seg, 1), fiscalPeriodDate: date8(rc, seg, 2) ?? seg.elements[2] ?? '', items: emptyList() };
  for (let i = 3; i <= 13; i += 2) {
    const id = seg.elements[i];
    if (!id) continue;
    const [reason = '', reference] = id.split(rc.delimiters.component);
    const item = new NewProviderAdjustmentItem(reason, moneyReq(rc, seg, i + 1));
    if (reference) item.reference = reference;
    plb.items = appended(plb.items, item);
  }
  return plb;
}

/** Reads MIA (inpatient adjudication). */
export function readMia(rc: ReaderContext, seg: Segment): Inpatient835 {
  const mia = new NewInpatient();
  const covered = decimal(rc, seg, 1);
  if (covered !== undefined) mia.coveredDays = covered;
  const psych = decimal(rc, seg, 3);
  if (psych !== undefined) mia.lifetimePsychiatricDays = psych;
  const days = decimal(rc, seg, 15);
  if (days !== undefined) mia.costReportDayCount = days;
  for (const i of [5, 20, 21, 22, 23]) if (seg.elements[i]) mia.remarkCodes = appended(mia.remarkCodes, seg.elements[i]!);
  for (const i of [2, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 24]) {
    const v = money(rc, seg, i);
    if (v !== undefined) mia.amountsCents[`MIA${String(i).padStart(2, '0')}`] = v;
  }
  return mia;
}

/** Reads MOA (outpatient adjudication). */
export function readMoa(rc: ReaderContext, seg: Segment): Outpatient835 {
  const moa = new NewOutpatient();
  const rate = decimal(rc, seg, 1);
  if (rate !== undefined) moa.reimbursementRate = rate;
  const hcpcs = money(rc, seg, 2);
  if (hcpcs !== undefined) moa.hcpcsPayableCents = hcpcs;
  for (let i = 3; i <= 7; i++) if (seg.elements[i]) moa.remarkCodes = appended(moa.remarkCodes, seg.elements[i]!);
  const esrd = money(rc, seg, 8);
  if (esrd !== undefined) moa.esrdPaymentCents = esrd;
  const nonPayable = money(rc, seg, 9);
  if (nonPayable !== undefined) moa.nonPayableProfessionalCents = nonPayable;
  return moa;
}

const TS3_NOT_USED = [6, 7, 8, 9, 10, 11, 12, 14, 16];

/** Reads TS3 into the header group (TS306-TS312, TS314 and TS316 are not used in 005010X221A1). */
export function readTs3(rc: ReaderContext, seg: Segment, group: HeaderGroup835): void {
  for (const i of TS3_NOT_USED) if (seg.elements[i]) rc.issue('ELEMENT_NOT_USED', `TS3${String(i).padStart(2, '0')} is not used in an 835 (005010X221A1)`, seg, i);
  const amountsCents = amountsFrom(seg, 6);
  group.providerSummary = {
    providerId: req(rc, seg, 1), facilityType: req(rc, seg, 2), fiscalPeriodEnd: date8(rc, seg, 3) ?? seg.elements[3] ?? '',
    claimCount: decimal(rc, seg, 4) ?? 0, totalChargeCents: moneyReq(rc, seg, 5), amountsCents,
  };
}

/** Reads TS2 into the header group. */
export function readTs2(seg: Segment, group: HeaderGroup835): void {
  group.supplementalSummary = { amountsCents: amountsFrom(seg, 1) };
}

function amountsFrom(seg: Segment, first: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = first; i < seg.elements.length; i++) {
    const v = seg.elements[i];
    const cents = v ? parseCents(v) : undefined;
    if (cents !== undefined) out[`${seg.id}${String(i).padStart(2, '0')}`] = cents;
  }
  return out;
}
