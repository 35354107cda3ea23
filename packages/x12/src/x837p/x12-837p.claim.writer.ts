import type { Adjustment } from '../common';
import type { SegmentWriter } from '../write';
import { formatCents, formatDate8, formatDecimal } from '../values';
import { writeAddress, writeDmg, writeNameNm1, writeProviderNm1 } from './x12-837p.parties.writer';
import type { Claim837P, OtherPayer837P, ServiceLine837P } from './x12-837p.types';

/** Writes CAS segments, six reason/amount/quantity triplets per segment and one group per segment. */
export function writeCas(w: SegmentWriter, adjustments: readonly Adjustment[]): void {
  const groups = new Map<string, Adjustment[]>();
  for (const a of adjustments) groups.set(a.group, [...(groups.get(a.group) ?? []), a]);
  for (const [group, list] of groups) {
    for (let i = 0; i < list.length; i += 6) {
      const triplets = list.slice(i, i + 6).flatMap((a) => [a.reason, formatCents(a.amountCents), a.quantity === undefined ? undefined : formatDecimal(a.quantity)]);
      w.seg('CAS', group, ...triplets);
    }
  }
}

function writeClm(w: SegmentWriter, c: Claim837P): void {
  w.seg('CLM', c.patientControlNumber, formatCents(c.chargeCents), undefined, undefined, w.comp(c.placeOfService, 'B', c.frequency),
    c.providerSignature, c.assignment, c.benefitsAssignment, c.releaseOfInformation);
  if (c.onsetDate) w.seg('DTP', '431', 'D8', formatDate8(c.onsetDate));
  if (c.payerClaimControlNumber) w.seg('REF', 'F8', c.payerClaimControlNumber);
  if (c.priorAuthorization) w.seg('REF', 'G1', c.priorAuthorization);
  if (c.note) w.seg('NTE', 'ADD', c.note);
  const [first, rest] = c.diagnosisCodeSet === 'icd9' ? ['BK', 'BF'] : ['ABK', 'ABF'];
  w.seg('HI', ...c.diagnoses.map((d, i) => w.comp(i === 0 ? first : rest, d)));
}

function writeClaimProviders(w: SegmentWriter, c: Claim837P): void {
  if (c.referringProvider) {
    const r = c.referringProvider;
    w.seg('NM1', 'DN', '1', r.lastName, r.firstName, undefined, undefined, undefined, 'XX', r.npi);
  }
  if (c.renderingProvider) {
    writeProviderNm1(w, '82', c.renderingProvider);
    if (c.renderingProvider.taxonomy) w.seg('PRV', 'PE', 'PXC', c.renderingProvider.taxonomy);
  }
  if (c.serviceFacility) {
    const f = c.serviceFacility;
    w.seg('NM1', '77', '2', f.name, undefined, undefined, undefined, undefined, f.npi ? 'XX' : undefined, f.npi);
    writeAddress(w, f.address);
  }
}

function writeOtherPayer(w: SegmentWriter, o: OtherPayer837P): void {
  w.seg('SBR', o.payerResponsibility, o.relationship, o.groupNumber, undefined, undefined, undefined, undefined, undefined, o.filingIndicator);
  writeCas(w, o.adjustments);
  if (o.paidCents !== undefined) w.seg('AMT', 'D', formatCents(o.paidCents));
  if (o.remainingPatientLiabilityCents !== undefined) w.seg('AMT', 'EAF', formatCents(o.remainingPatientLiabilityCents));
  w.seg('OI', undefined, undefined, o.benefitsAssignment, undefined, undefined, o.releaseOfInformation);
  writeNameNm1(w, 'IL', '1', o.subscriber, 'MI', o.subscriber.memberId);
  w.seg('NM1', 'PR', '2', o.payer.name, undefined, undefined, undefined, undefined, 'PI', o.payer.id);
  if (o.adjudicationDate) w.seg('DTP', '573', 'D8', formatDate8(o.adjudicationDate));
}

function writeLine(w: SegmentWriter, l: ServiceLine837P, n: number): void {
  w.seg('LX', String(n));
  const proc = w.comp('HC', l.procedureCode, ...(l.modifiers ?? []));
  w.seg('SV1', proc, formatCents(l.chargeCents), l.unit, formatDecimal(l.quantity), l.placeOfService, undefined, w.comp(...l.diagnosisPointers.map(String)));
  if (l.serviceDateEnd) w.seg('DTP', '472', 'RD8', `${formatDate8(l.serviceDate)}-${formatDate8(l.serviceDateEnd)}`);
  else w.seg('DTP', '472', 'D8', formatDate8(l.serviceDate));
  if (l.lineItemControlNumber) w.seg('REF', '6R', l.lineItemControlNumber);
  if (l.note) w.seg('NTE', 'ADD', l.note);
  if (l.drug) {
    w.seg('LIN', undefined, 'N4', l.drug.ndc);
    w.seg('CTP', undefined, undefined, undefined, formatDecimal(l.drug.quantity), l.drug.unit);
  }
  for (const a of l.adjudications ?? []) {
    w.seg('SVD', a.payerId, formatCents(a.paidCents), w.comp('HC', a.procedureCode, ...(a.modifiers ?? [])), undefined, formatDecimal(a.paidUnits));
    writeCas(w, a.adjustments);
    w.seg('DTP', '573', 'D8', formatDate8(a.adjudicationDate));
    if (a.remainingPatientLiabilityCents !== undefined) w.seg('AMT', 'EAF', formatCents(a.remainingPatientLiabilityCents));
  }
}

/** Writes the 2000B (and 2000C) hierarchy and the 2300 claim with its lines; returns the next HL id. */
export function writeClaim(w: SegmentWriter, c: Claim837P, hl: number): number {
  const s = c.subscriber;
  w.seg('HL', String(hl), '1', '22', c.patient ? '1' : '0');
  w.seg('SBR', s.payerResponsibility, s.relationship, s.groupNumber, s.groupName, undefined, undefined, undefined, undefined, s.filingIndicator);
  writeNameNm1(w, 'IL', '1', s, 'MI', s.memberId);
  writeAddress(w, s.address);
  if (!c.patient) writeDmg(w, s.birthDate, s.sex);
  w.seg('NM1', 'PR', '2', c.payer.name, undefined, undefined, undefined, undefined, 'PI', c.payer.id);
  writeAddress(w, c.payer.address);
  let next = hl + 1;
  if (c.patient) {
    w.seg('HL', String(next), String(hl), '23', '0');
    w.seg('PAT', c.patient.relationship);
    writeNameNm1(w, 'QC', '1', c.patient);
    writeAddress(w, c.patient.address);
    writeDmg(w, c.patient.birthDate, c.patient.sex);
    next++;
  }
  writeClm(w, c);
  writeClaimProviders(w, c);
  for (const o of c.otherPayers ?? []) writeOtherPayer(w, o);
  c.lines.forEach((l, i) => writeLine(w, l, i + 1));
  return next;
}
