import { formatCents, formatDate8, formatTime4 } from '../values';
import type { ControlNumbers, EnvelopeOptions, SegmentWriter } from '../write';
import { writeInterchange } from '../write';

/** The implementation guides the 270 and 276 builders write. */
export const VERSION_270 = '005010X279A1';
export const VERSION_276 = '005010X212';

/** A person named in an inquiry. */
export interface InquiryPerson {
  lastName: string;
  firstName?: string;
  birthDate?: string;
  sex?: string;
}

/** Common header of a 270 or 276 inquiry. */
export interface InquiryHeader {
  referenceId: string;
  createdDate: string;
  createdTime: string;
  payer: { name: string; id: string };
  provider: { entityType: '1' | '2'; lastName: string; firstName?: string; npi: string };
  subscriber: InquiryPerson & { memberId: string };
  /** Present when asking about a dependent without an own member id. */
  dependent?: InquiryPerson;
}

/** A 270 eligibility inquiry. */
export interface EligibilityInquiry270 extends InquiryHeader {
  /** TRN02 trace number echoed in the 271. */
  traceNumber: string;
  /** EQ01 service type codes (default `30`). */
  serviceTypes?: string[];
  /** DTP*291 plan date asked about. */
  asOfDate?: string;
}

/** A 276 claim status inquiry. */
export interface ClaimStatusInquiry276 extends InquiryHeader {
  claims: { traceNumber: string; patientControlNumber: string; chargeCents: number; serviceDate: string; serviceDateEnd?: string; payerClaimControlNumber?: string }[];
}

function writePerson(w: SegmentWriter, entity: string, p: InquiryPerson, memberId?: string): void {
  w.seg('NM1', entity, '1', p.lastName, p.firstName, undefined, undefined, undefined, memberId ? 'MI' : undefined, memberId);
}

function writeDmg(w: SegmentWriter, p: InquiryPerson): void {
  if (p.birthDate) w.seg('DMG', 'D8', formatDate8(p.birthDate), p.sex);
}

function writeLevels(w: SegmentWriter, h: InquiryHeader, bht: [string, string], receiverEntity: string): void {
  w.seg('BHT', bht[0], bht[1], h.referenceId, formatDate8(h.createdDate), formatTime4(h.createdTime));
  w.seg('HL', '1', undefined, '20', '1');
  w.seg('NM1', 'PR', '2', h.payer.name, undefined, undefined, undefined, undefined, 'PI', h.payer.id);
  w.seg('HL', '2', '1', '21', '1');
  w.seg('NM1', receiverEntity, h.provider.entityType, h.provider.lastName, h.provider.firstName, undefined, undefined, undefined, 'XX', h.provider.npi);
}

function write270Body(w: SegmentWriter, q: EligibilityInquiry270): void {
  writeLevels(w, q, ['0022', '13'], '1P');
  w.seg('HL', '3', '2', '22', q.dependent ? '1' : '0');
  if (!q.dependent) w.seg('TRN', '1', q.traceNumber, '9' + q.provider.npi.slice(0, 9));
  writePerson(w, 'IL', q.subscriber, q.subscriber.memberId);
  if (!q.dependent) writeInquiryTail(w, q, q.subscriber);
  if (!q.dependent) return;
  w.seg('HL', '4', '3', '23', '0');
  w.seg('TRN', '1', q.traceNumber, '9' + q.provider.npi.slice(0, 9));
  writePerson(w, '03', q.dependent);
  writeInquiryTail(w, q, q.dependent);
}

function writeInquiryTail(w: SegmentWriter, q: EligibilityInquiry270, person: InquiryPerson): void {
  writeDmg(w, person);
  if (q.asOfDate) w.seg('DTP', '291', 'D8', formatDate8(q.asOfDate));
  w.seg('EQ', (q.serviceTypes ?? ['30']).join(w.delimiters.repetition ?? '^'));
}

function write276Body(w: SegmentWriter, q: ClaimStatusInquiry276): void {
  writeLevels(w, q, ['0010', '13'], '41');
  w.seg('HL', '3', '2', '19', '1');
  w.seg('NM1', '1P', q.provider.entityType, q.provider.lastName, q.provider.firstName, undefined, undefined, undefined, 'XX', q.provider.npi);
  w.seg('HL', '4', '3', '22', q.dependent ? '1' : '0');
  writeDmg(w, q.subscriber);
  writePerson(w, 'IL', q.subscriber, q.subscriber.memberId);
  if (q.dependent) {
    w.seg('HL', '5', '4', '23');
    writeDmg(w, q.dependent);
    writePerson(w, 'QC', q.dependent);
  }
  for (const c of q.claims) {
    w.seg('TRN', '1', c.traceNumber);
    w.seg('REF', 'EJ', c.patientControlNumber);
    if (c.payerClaimControlNumber) w.seg('REF', '1K', c.payerClaimControlNumber);
    w.seg('AMT', 'T3', formatCents(c.chargeCents));
    if (c.serviceDateEnd) w.seg('DTP', '472', 'RD8', `${formatDate8(c.serviceDate)}-${formatDate8(c.serviceDateEnd)}`);
    else w.seg('DTP', '472', 'D8', formatDate8(c.serviceDate));
  }
}

/** Writes 270 eligibility inquiries (one ST each). */
export function write270(inquiries: readonly EligibilityInquiry270[], options: EnvelopeOptions, numbers: ControlNumbers): string {
  return writeInterchange(options, { functionalId: 'HS', version: VERSION_270, setId: '270' }, numbers, inquiries.map((q) => (w: SegmentWriter) => write270Body(w, q)));
}

/** Writes 276 claim status inquiries (one ST each). */
export function write276(inquiries: readonly ClaimStatusInquiry276[], options: EnvelopeOptions, numbers: ControlNumbers): string {
  return writeInterchange(options, { functionalId: 'HR', version: VERSION_276, setId: '276' }, numbers, inquiries.map((q) => (w: SegmentWriter) => write276Body(w, q)));
}
