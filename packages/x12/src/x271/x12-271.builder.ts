import type { DateValue } from '../common';
import { formatCents, formatDate8, formatDecimal, formatTime4 } from '../values';
import type { ControlNumbers, EnvelopeOptions, SegmentWriter } from '../write';
import { writeInterchange } from '../write';
import type { RequestError271 } from './x12-271.types';

/** The implementation guide the 271 builder writes. */
export const VERSION_271 = '005010X279A1';

/** One EB benefit to write (loop 2110C/D), with its dates and messages. */
export interface BenefitInput271 {
  /** EB01: 1 active, 6 inactive, A coinsurance, B copay, C deductible, G out of pocket, ... */
  info: string;
  /** EB02: IND, FAM, ... */
  coverageLevel?: string;
  /** EB03 service type codes (written with the repetition separator). */
  serviceTypes?: string[];
  /** EB04 insurance type code. */
  insuranceType?: string;
  /** EB05 plan description. */
  planDescription?: string;
  /** EB06 time period qualifier (23 calendar year, 29 remaining, 27 visit). */
  timePeriod?: string;
  /** EB07 amount in cents. */
  amountCents?: number;
  /** EB08 as a fraction (0.2 = 20 %). */
  percent?: number;
  /** EB12: Y in network, N out of network, W not applicable. */
  inNetwork?: string;
  /** DTP segments of the benefit (2110C DTP). */
  dates?: DateValue[];
  /** MSG texts of the benefit. */
  messages?: string[];
}

/** A subscriber or dependent of a 271 (loops 2000C/2100C or 2000D/2100D). */
export interface MemberInput271 {
  lastName: string;
  firstName?: string;
  /** NM109 with qualifier MI (the subscriber's member id). */
  memberId?: string;
  birthDate?: string;
  sex?: string;
  /** TRN*2 trace number echoed from the 270's TRN02. */
  traceNumber?: string;
  /** TRN03 originating company id echoed from the 270. */
  traceOriginator?: string;
  /** INS02 relationship code (dependents). */
  relationship?: string;
  /** AAA rejections of this member's request (2100C/D AAA). */
  errors?: RequestError271[];
  /** Member-level DTP (346 plan begin, 347 plan end, 291 plan, 307 eligibility). */
  dates?: DateValue[];
  benefits?: BenefitInput271[];
}

/** A 271 eligibility response to write: one information source, receiver, subscriber and optional dependent. */
export interface EligibilityResponse271Input {
  /** BHT03: the reference id echoed from the 270's BHT03. */
  referenceId: string;
  createdDate: string;
  createdTime: string;
  payer: { name: string; id: string };
  provider: { entityType: '1' | '2'; lastName: string; firstName?: string; npi: string };
  /** AAA at the information source (2100A): the payer could not answer at all (e.g. 42 unable to respond now). */
  sourceErrors?: RequestError271[];
  /** Absent when the source could not answer. */
  subscriber?: MemberInput271;
  dependent?: MemberInput271;
}

function writeAaa(w: SegmentWriter, errors: readonly RequestError271[] | undefined): void {
  for (const e of errors ?? []) w.seg('AAA', e.validRequest, undefined, e.rejectReason, e.followUp);
}

function writeDate(w: SegmentWriter, d: DateValue): void {
  if (d.endDate) w.seg('DTP', d.qualifier, 'RD8', `${formatDate8(d.date)}-${formatDate8(d.endDate)}`);
  else w.seg('DTP', d.qualifier, 'D8', formatDate8(d.date));
}

function writeBenefit(w: SegmentWriter, b: BenefitInput271): void {
  w.seg('EB', b.info, b.coverageLevel, (b.serviceTypes ?? []).join(w.delimiters.repetition ?? '^'), b.insuranceType, b.planDescription,
    b.timePeriod, b.amountCents === undefined ? undefined : formatCents(b.amountCents), b.percent === undefined ? undefined : formatDecimal(b.percent),
    undefined, undefined, undefined, b.inNetwork);
  for (const d of b.dates ?? []) writeDate(w, d);
  for (const m of b.messages ?? []) w.seg('MSG', m);
}

function writeMember(w: SegmentWriter, m: MemberInput271, entity: 'IL' | '03'): void {
  if (m.traceNumber) w.seg('TRN', '2', m.traceNumber, m.traceOriginator);
  w.seg('NM1', entity, '1', m.lastName, m.firstName, undefined, undefined, undefined, m.memberId ? 'MI' : undefined, m.memberId);
  writeAaa(w, m.errors);
  if (m.birthDate) w.seg('DMG', 'D8', formatDate8(m.birthDate), m.sex);
  if (m.relationship) w.seg('INS', 'N', m.relationship);
  for (const d of m.dates ?? []) writeDate(w, d);
  for (const b of m.benefits ?? []) writeBenefit(w, b);
}

function write271Body(w: SegmentWriter, r: EligibilityResponse271Input): void {
  w.seg('BHT', '0022', '11', r.referenceId, formatDate8(r.createdDate), formatTime4(r.createdTime));
  w.seg('HL', '1', undefined, '20', r.subscriber ? '1' : '0');
  w.seg('NM1', 'PR', '2', r.payer.name, undefined, undefined, undefined, undefined, 'PI', r.payer.id);
  writeAaa(w, r.sourceErrors);
  if (!r.subscriber) return;
  w.seg('HL', '2', '1', '21', '1');
  w.seg('NM1', '1P', r.provider.entityType, r.provider.lastName, r.provider.firstName, undefined, undefined, undefined, 'XX', r.provider.npi);
  w.seg('HL', '3', '2', '22', r.dependent ? '1' : '0');
  writeMember(w, r.subscriber, 'IL');
  if (!r.dependent) return;
  w.seg('HL', '4', '3', '23', '0');
  writeMember(w, r.dependent, '03');
}

/**
 * Writes 271 eligibility responses (one ST each). Used by the simulator's real-time endpoint and by tests;
 * values are written as given (no delimiter check), so callers pass plain names and ids.
 */
export function write271(responses: readonly EligibilityResponse271Input[], options: EnvelopeOptions, numbers: ControlNumbers): string {
  return writeInterchange(options, { functionalId: 'HB', version: VERSION_271, setId: '271' }, numbers, responses.map((r) => (w: SegmentWriter) => write271Body(w, r)));
}
