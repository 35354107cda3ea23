import type { Address } from '../common';
import type { FieldError } from '../errors';
import { FieldChecker, isDigits } from './field-checker';
import { ADJUSTMENT_GROUP_CODES, CLAIM_FILING_INDICATOR_CODES, PATIENT_RELATIONSHIP_CODES, PAYER_RESPONSIBILITY_CODES, PLACE_OF_SERVICE_CODES } from './x12-837p.codes';
import type { ClaimBatch837P, Claim837P, OtherPayer837P, ServiceLine837P, Subscriber837P } from './x12-837p.types';

/** Largest number of diagnoses (HI) and pointers per line, lines per claim, modifiers per line. */
export const LIMITS_837P = { diagnoses: 12, pointers: 4, lines: 50, modifiers: 4, patientControlNumber: 38 } as const;

function address(c: FieldChecker, path: string, a: Address | undefined, billing = false): void {
  if (!a) return c.fail(path, 'REQUIRED', 'is required');
  c.required(path, 'line1', a.line1);
  c.required(path, 'city', a.city);
  c.required(path, 'state', a.state);
  c.required(path, 'postalCode', a.postalCode);
  if (!billing) return;
  if (/\bP\.?\s*O\.?\s*BOX\b/i.test(`${a.line1} ${a.line2 ?? ''}`)) c.fail(`${path}.line1`, 'PO_BOX', 'billing provider address must be a street address; put a PO box in payToAddress');
  if (a.postalCode && !isDigits(a.postalCode, 9)) c.failAt(path, 'postalCode', 'INVALID_ZIP', 'billing provider ZIP must be 9 digits');
}

function subscriber(c: FieldChecker, path: string, s: Subscriber837P, claim: Claim837P): void {
  c.code(path, 'payerResponsibility', s.payerResponsibility, PAYER_RESPONSIBILITY_CODES);
  c.code(path, 'filingIndicator', s.filingIndicator, CLAIM_FILING_INDICATOR_CODES);
  c.required(path, 'lastName', s.lastName);
  c.required(path, 'memberId', s.memberId);
  if (claim.patient) {
    if (s.relationship === '18') c.failAt(path, 'relationship', 'PATIENT_IS_SUBSCRIBER', 'must be absent when a patient loop is sent');
    if (s.filingIndicator === 'MB') c.fail('patient', 'MEDICARE_PATIENT_LOOP', 'Medicare patients are always the subscriber (no patient loop)');
    return;
  }
  if (s.relationship !== '18') c.failAt(path, 'relationship', 'REQUIRED', 'must be "18" when there is no patient loop');
  c.date(path, 'birthDate', s.birthDate);
  c.required(path, 'sex', s.sex);
}

function line(c: FieldChecker, path: string, l: ServiceLine837P, diagnosisCount: number): void {
  c.required(path, 'procedureCode', l.procedureCode);
  c.cents(path, 'chargeCents', l.chargeCents);
  if (!(l.quantity > 0)) c.failAt(path, 'quantity', 'INVALID_QUANTITY', 'must be greater than 0');
  if (l.unit !== 'UN' && l.unit !== 'MJ') c.failAt(path, 'unit', 'INVALID_CODE', 'must be UN or MJ');
  if ((l.modifiers?.length ?? 0) > LIMITS_837P.modifiers) c.failAt(path, 'modifiers', 'TOO_MANY_MODIFIERS', `has ${l.modifiers!.length} modifiers, at most 4`);
  if (l.placeOfService !== undefined) c.code(path, 'placeOfService', l.placeOfService, PLACE_OF_SERVICE_CODES);
  pointers(c, path, l.diagnosisPointers, diagnosisCount);
  c.date(path, 'serviceDate', l.serviceDate);
  c.date(path, 'serviceDateEnd', l.serviceDateEnd, false);
  if (l.serviceDateEnd && l.serviceDateEnd < l.serviceDate) c.failAt(path, 'serviceDateEnd', 'DATE_ORDER', 'is before serviceDate');
  if (l.drug && !isDigits(l.drug.ndc, 11)) c.fail(`${path}.drug.ndc`, 'INVALID_NDC', 'must be 11 digits');
  if (l.drug && !(l.drug.quantity > 0)) c.fail(`${path}.drug.quantity`, 'INVALID_QUANTITY', 'must be greater than 0');
  l.adjudications?.forEach((a, i) => {
    c.cents(`${path}.adjudications[${i}]`, 'paidCents', a.paidCents);
    c.date(`${path}.adjudications[${i}]`, 'adjudicationDate', a.adjudicationDate);
    a.adjustments.forEach((adj, j) => c.code(`${path}.adjudications[${i}].adjustments[${j}]`, 'group', adj.group, ADJUSTMENT_GROUP_CODES));
  });
}

function hasDuplicate(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list.indexOf(list[i]!) < i) return true;
  return false;
}

/** Checks the diagnosis pointers of the line at `linePath`. */
function pointers(c: FieldChecker, linePath: string, list: number[], diagnosisCount: number): void {
  const field = 'diagnosisPointers';
  if (!list || list.length === 0) return c.failAt(linePath, field, 'REQUIRED', 'needs 1 to 4 diagnosis pointers');
  if (list.length > LIMITS_837P.pointers) c.failAt(linePath, field, 'TOO_MANY_POINTERS', `has ${list.length} pointers, at most 4`);
  if (hasDuplicate(list)) c.failAt(linePath, field, 'DUPLICATE_POINTER', 'repeats a pointer');
  for (const p of list) if (!Number.isInteger(p) || p < 1 || p > diagnosisCount) c.failAt(linePath, field, 'INVALID_POINTER', `pointer ${p} does not point at one of the ${diagnosisCount} diagnoses`);
}

function otherPayer(c: FieldChecker, path: string, o: OtherPayer837P): void {
  c.code(path, 'payerResponsibility', o.payerResponsibility, PAYER_RESPONSIBILITY_CODES);
  c.code(path, 'filingIndicator', o.filingIndicator, CLAIM_FILING_INDICATOR_CODES);
  c.required(path, 'subscriber.memberId', o.subscriber.memberId);
  c.required(path, 'payer.id', o.payer.id);
  if (o.paidCents !== undefined) c.cents(path, 'paidCents', o.paidCents);
  c.date(path, 'adjudicationDate', o.adjudicationDate, false);
  o.adjustments.forEach((a, i) => c.code(`${path}.adjustments[${i}]`, 'group', a.group, ADJUSTMENT_GROUP_CODES));
}

function isDiagnosisCode(d: string): boolean {
  if (typeof d !== 'string' || d.length < 3 || d.length > 7) return false;
  for (let i = 0; i < d.length; i++) {
    const ch = d.charCodeAt(i);
    if (!((ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57))) return false;
  }
  return true;
}

/** Checks the diagnoses of the claim at `claimPath`. */
function diagnoses(c: FieldChecker, claimPath: string, list: string[]): void {
  if (!list || list.length === 0) return c.failAt(claimPath, 'diagnoses', 'REQUIRED', 'needs at least one diagnosis');
  if (list.length > LIMITS_837P.diagnoses) c.failAt(claimPath, 'diagnoses', 'TOO_MANY_DIAGNOSES', `has ${list.length} diagnoses, at most 12`);
  list.forEach((d, i) => {
    if (!isDiagnosisCode(d)) c.failAt(claimPath, `diagnoses[${i}]`, 'INVALID_DIAGNOSIS', `"${d}" is not an ICD-10-CM code written without the decimal point`);
  });
}

function claim(c: FieldChecker, path: string, cl: Claim837P): void {
  c.required(path, 'patientControlNumber', cl.patientControlNumber);
  c.maxLength(path, 'patientControlNumber', cl.patientControlNumber, LIMITS_837P.patientControlNumber);
  c.cents(path, 'chargeCents', cl.chargeCents);
  c.code(path, 'placeOfService', cl.placeOfService, PLACE_OF_SERVICE_CODES);
  if ((cl.frequency === '7' || cl.frequency === '8') && !cl.payerClaimControlNumber) {
    c.failAt(path, 'payerClaimControlNumber', 'REQUIRED', `frequency ${cl.frequency} (replacement/void) needs the payer's claim control number (REF*F8)`);
  }
  if (!['1', '7', '8'].includes(cl.frequency)) c.failAt(path, 'frequency', 'INVALID_CODE', 'must be 1, 7 or 8');
  c.date(path, 'onsetDate', cl.onsetDate, false);
  diagnoses(c, path, cl.diagnoses);
  subscriber(c, `${path}.subscriber`, cl.subscriber, cl);
  c.required(path, 'payer.name', cl.payer.name);
  c.required(path, 'payer.id', cl.payer.id);
  if (cl.patient) {
    c.code(path, 'patient.relationship', cl.patient.relationship, PATIENT_RELATIONSHIP_CODES);
    c.date(path, 'patient.birthDate', cl.patient.birthDate);
    address(c, `${path}.patient.address`, cl.patient.address);
  }
  if (cl.referringProvider) c.npi(path, 'referringProvider.npi', cl.referringProvider.npi);
  if (cl.renderingProvider) c.npi(path, 'renderingProvider.npi', cl.renderingProvider.npi);
  if (cl.serviceFacility?.npi !== undefined) c.npi(path, 'serviceFacility.npi', cl.serviceFacility.npi);
  cl.otherPayers?.forEach((o, i) => otherPayer(c, `${path}.otherPayers[${i}]`, o));
  claimLines(c, path, cl);
}

function claimLines(c: FieldChecker, path: string, cl: Claim837P): void {
  if (!cl.lines || cl.lines.length === 0) return c.failAt(path, 'lines', 'REQUIRED', 'needs at least one service line');
  if (cl.lines.length > LIMITS_837P.lines) c.failAt(path, 'lines', 'TOO_MANY_LINES', `has ${cl.lines.length} lines, at most 50 (split the claim)`);
  cl.lines.forEach((l, i) => line(c, `${path}.lines[${i}]`, l, cl.diagnoses?.length ?? 0));
  const sum = cl.lines.reduce((s, l) => s + l.chargeCents, 0);
  if (sum !== cl.chargeCents) c.failAt(path, 'chargeCents', 'CHARGE_MISMATCH', `CLM02 ${cl.chargeCents} cents differs from the sum of line charges ${sum}`);
}

/**
 * Checks a batch before anything is written: NPIs (check digit), ≤12 diagnoses, 1-4 valid pointers,
 * ≤50 lines, CLM02 = ΣSV102, no negative amounts, REF*F8 for frequency 7/8, code lists, dates, and
 * no X12 delimiter inside any value. Returns every field error (empty when valid).
 */
export function validate837PInput(batch: ClaimBatch837P, reserved = '*~:^'): FieldError[] {
  const c = new FieldChecker();
  c.noDelimiters(batch, '', reserved);
  c.date('', 'createdDate', batch.createdDate);
  c.time('', 'createdTime', batch.createdTime);
  c.required('submitter', 'id', batch.submitter?.id);
  c.required('submitter.contact', 'name', batch.submitter?.contact?.name);
  if (!batch.submitter?.contact?.phone && !batch.submitter?.contact?.email) c.fail('submitter.contact', 'REQUIRED', 'needs a phone or an email');
  c.required('receiver', 'id', batch.receiver?.id);
  const bp = batch.billingProvider;
  c.npi('billingProvider', 'npi', bp?.npi);
  c.required('billingProvider', 'lastName', bp?.lastName);
  if (bp && !isDigits(bp.taxId, 9)) c.fail('billingProvider.taxId', 'INVALID_TAX_ID', 'must be 9 digits');
  address(c, 'billingProvider.address', bp?.address, true);
  if (batch.payToAddress) address(c, 'payToAddress', batch.payToAddress);
  if (!batch.claims || batch.claims.length === 0) c.fail('claims', 'REQUIRED', 'needs at least one claim');
  batch.claims?.forEach((cl, i) => claim(c, `claims[${i}]`, cl));
  return c.errors;
}
