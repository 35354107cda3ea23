import type { Address } from '../common';
import { npiCheckDigit } from '../values';
import type { ClaimBatch837P, Claim837P, ServiceLine837P, Subscriber837P } from '../x837p';
import { splitClaimLines } from './claim-split';
import { SeededRandom } from './seeded-random';
import { CITIES, DIAGNOSES, FIRST_NAMES, LAST_NAMES, MODIFIERS, PAYERS, PROCEDURES, STREETS } from './sample-data';

/** Options of {@link generate837PBatches}. */
export interface Generate837POptions {
  claims: number;
  seed: number;
  /** Claims per ST..SE transaction set (default 5000). */
  claimsPerTransaction?: number;
  /** First service date (default 2024-01-02); dates spread over 60 days. */
  startDate?: string;
  /**
   * Share (0 to 1) of void claims (frequency 8 with REF*F8) and of long claims (51 to 120 lines)
   * split into claims of at most 50 lines. Both default to 0.
   */
  voidRate?: number;
  splitRate?: number;
}

function npi(r: SeededRandom): string {
  const base = String(r.int(100000000, 199999999));
  return base + String(npiCheckDigit(base));
}

function address(r: SeededRandom, zip9 = false): Address {
  const [city, state, zip] = r.pick(CITIES);
  return { line1: `${r.int(1, 9999)} ${r.pick(STREETS)}`, city, state, postalCode: zip9 ? `${zip}${r.int(1000, 9999)}` : zip };
}

function isoDate(start: string, days: number): string {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function line(r: SeededRandom, i: number, diagnoses: number, date: string, pcn: string): ServiceLine837P {
  const [code, charge] = r.pick(PROCEDURES);
  const quantity = r.chance(0.1) ? r.int(2, 4) : 1;
  const pointers = [1, 2, 3, 4].slice(0, Math.min(diagnoses, r.int(1, 4)));
  const l: ServiceLine837P = { procedureCode: code, chargeCents: charge * quantity, unit: 'UN', quantity, diagnosisPointers: pointers, serviceDate: date, lineItemControlNumber: `${pcn}-${i + 1}` };
  if (r.chance(0.15)) l.modifiers = [r.pick(MODIFIERS)];
  return l;
}

function subscriber(r: SeededRandom, filing: string, isPatient: boolean): Subscriber837P {
  const s: Subscriber837P = {
    payerResponsibility: 'P', filingIndicator: filing, lastName: r.pick(LAST_NAMES), firstName: r.pick(FIRST_NAMES),
    memberId: `M${r.int(10000000, 99999999)}`, address: address(r),
  };
  if (filing !== 'MB') s.groupNumber = `G${r.int(1000, 9999)}`;
  if (isPatient) Object.assign(s, { relationship: '18', birthDate: isoDate('1940-01-01', r.int(0, 25000)), sex: r.pick(['F', 'M']) });
  return s;
}

function claim(r: SeededRandom, n: number, start: string, o: Generate837POptions): Claim837P[] {
  const [payerName, payerId, filing] = r.pick(PAYERS);
  const dependent = filing !== 'MB' && r.chance(0.2);
  const pcn = `C${String(n).padStart(9, '0')}`;
  const date = isoDate(start, r.int(0, 59));
  const diagnoses = Array.from(new Set(Array.from({ length: r.int(1, 4) }, () => r.pick(DIAGNOSES))));
  const long = (o.splitRate ?? 0) > 0 && r.chance(o.splitRate!);
  const lineCount = long ? r.int(51, 120) : r.chance(0.005) ? 50 : r.int(1, 4);
  const lines = Array.from({ length: lineCount }, (_, i) => line(r, i, diagnoses.length, date, pcn));
  const c: Claim837P = {
    patientControlNumber: pcn, chargeCents: lines.reduce((s, l) => s + l.chargeCents, 0), placeOfService: r.pick(['11', '11', '11', '22', '02']),
    frequency: '1', providerSignature: 'Y', assignment: 'A', benefitsAssignment: 'Y', releaseOfInformation: 'Y', diagnoses,
    subscriber: subscriber(r, filing, !dependent), payer: { name: payerName, id: payerId }, lines,
  };
  if (dependent) c.patient = { relationship: '19', lastName: c.subscriber.lastName, firstName: r.pick(FIRST_NAMES), address: c.subscriber.address!, birthDate: isoDate('2005-01-01', r.int(0, 6000)), sex: r.pick(['F', 'M']) };
  if (r.chance(0.05)) Object.assign(c, { frequency: '7', payerClaimControlNumber: `ICN${r.int(100000, 999999)}` });
  else if ((o.voidRate ?? 0) > 0 && r.chance(o.voidRate!)) Object.assign(c, { frequency: '8', payerClaimControlNumber: `ICN${r.int(100000, 999999)}` });
  if (r.chance(0.3)) c.renderingProvider = { entityType: '1', lastName: r.pick(LAST_NAMES), firstName: r.pick(FIRST_NAMES), npi: npi(r), taxonomy: '207Q00000X' };
  if (r.chance(0.08)) secondary(r, c);
  return long ? splitClaimLines(c) : [c];
}

/** Turns a claim into a secondary claim with the primary payer's claim- and line-level adjudication. */
function secondary(r: SeededRandom, c: Claim837P): void {
  const paidShare = 0.6;
  c.subscriber.payerResponsibility = 'S';
  let paid = 0;
  for (const l of c.lines) {
    const linePaid = Math.floor(l.chargeCents * paidShare);
    const pr = Math.floor((l.chargeCents - linePaid) / 2);
    paid += linePaid;
    l.adjudications = [{ payerId: '99999', paidCents: linePaid, procedureCode: l.procedureCode, paidUnits: l.quantity, adjudicationDate: l.serviceDate,
      adjustments: [{ group: 'PR', reason: '2', amountCents: pr }, { group: 'CO', reason: '45', amountCents: l.chargeCents - linePaid - pr }] }];
  }
  c.otherPayers = [{
    payerResponsibility: 'P', relationship: '18', filingIndicator: 'CI', adjustments: [], paidCents: paid, benefitsAssignment: 'Y', releaseOfInformation: 'Y',
    subscriber: { lastName: c.subscriber.lastName, firstName: c.subscriber.firstName ?? 'X', memberId: `P${r.int(10000000, 99999999)}` }, payer: { name: 'FIRST PAYER', id: '99999' },
  }];
}

/**
 * Generates realistic, valid 837P batches (deterministic for a seed): dependents, secondary and
 * replacement claims, 50-line claims, and on request voids and long claims split at 50 lines (a
 * split claim counts once in `claims` but yields several 837P claims).
 */
export function generate837PBatches(options: Generate837POptions): ClaimBatch837P[] {
  const r = new SeededRandom(options.seed);
  const per = options.claimsPerTransaction ?? 5000;
  const start = options.startDate ?? '2024-01-02';
  const billing = { entityType: '2' as const, lastName: 'OPENRCM DEMO CLINIC', npi: npi(r), taxonomy: '207Q00000X', taxId: String(r.int(100000000, 999999999)), taxIdQualifier: 'EI' as const, address: address(r, true) };
  const batches: ClaimBatch837P[] = [];
  for (let n = 0; n < options.claims; n += per) {
    const claims = Array.from({ length: Math.min(per, options.claims - n) }, (_, i) => claim(r, n + i + 1, start, options)).flat();
    batches.push({
      referenceId: `B${options.seed}-${batches.length + 1}`, createdDate: isoDate(start, 61), createdTime: '09:00', transactionType: 'CH',
      submitter: { name: 'OPENRCM DEMO CLINIC', id: 'OPENRCM', contact: { name: 'BILLING OFFICE', phone: '5555550100' } },
      receiver: { name: 'DEMO CLEARINGHOUSE', id: 'DEMOCH' }, billingProvider: billing, claims,
    });
  }
  return batches;
}
