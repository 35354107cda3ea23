import { Money, type ValidationIssue } from '@openrcm/sdk';
import { isValidNpi, type Address, type Claim837P } from '@openrcm/x12';
import { SUBSCRIBER_RELATIONSHIPS, type SubscriberRelationship } from '../coverages/coverage.entity';
import type { AdministrativeSex } from '../patients/patient.entity';
import type { PostalAddress } from '../patients/postal-address';
import { claimFilingIndicatorProblem, normalizePayerId, payerIdProblem, payerNameProblem } from '../payers/payer.rules';

/** CLM01 is kept as the claim's patient control number; receivers keep only 20 characters of it (the 835's CLP01). */
export const MAX_PATIENT_CONTROL_NUMBER = 20;
const MAX_LINES = 50;
const MAX_DIAGNOSES = 12;
const SEXES: readonly string[] = ['F', 'M', 'U'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The person a claim is for, as the file states it: the subscriber (SBR02 18) or the 2000C patient. */
export interface ClaimPatient {
  readonly firstName: string;
  readonly lastName: string;
  readonly birthDate: string;
  readonly sex: AdministrativeSex;
  readonly address: PostalAddress | null;
  /** `18` when the patient is the subscriber, else PAT01. */
  readonly relationship: SubscriberRelationship;
}

/**
 * Why a claim of an 837P cannot be taken into the open A/R, field by field (X12 names), or an empty list. The claim
 * must be an original or replacement to the primary payer (a secondary claim's balance depends on what the primary
 * paid, which the 837P does not carry line by line), balanced (CLM02 = Σ SV102), with whole positive units, 1–4
 * pointers into 1–12 diagnoses, and the people the registration needs (the patient's birth date and sex, the name and
 * address of a dependent's subscriber; their DMG only when sent).
 */
export function openArClaimIssues(claim: Claim837P): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  if (!claim.patientControlNumber) add('CLM01', 'the patient control number is missing');
  else if (claim.patientControlNumber.length > MAX_PATIENT_CONTROL_NUMBER) add('CLM01', `"${claim.patientControlNumber}" is longer than ${MAX_PATIENT_CONTROL_NUMBER} characters: the payer’s 835 would not echo it whole`);
  if (claim.frequency !== '1' && claim.frequency !== '7') add('CLM05-3', `frequency "${claim.frequency}" is not an open claim (1 original or 7 replacement)`);
  if (claim.subscriber.payerResponsibility !== 'P') add('SBR01', `"${claim.subscriber.payerResponsibility}": only claims to the primary payer (P) are converted; a secondary balance depends on the primary’s payment`);
  const payerId = normalizePayerId(claim.payer.id);
  const payerProblem = payerIdProblem(payerId) ?? payerNameProblem(claim.payer.name.trim());
  if (payerProblem) add('2010BB NM1', `payer: ${payerProblem}`);
  const filing = claimFilingIndicatorProblem(claim.subscriber.filingIndicator);
  if (filing) add('SBR09', filing);
  if (!claim.subscriber.memberId.trim()) add('2010BA NM109', 'the subscriber’s member id is missing');
  if (claim.renderingProvider && !isValidNpi(claim.renderingProvider.npi)) add('2310B NM109', `${claim.renderingProvider.npi} is not a valid NPI`);
  if (claim.renderingProvider?.entityType === '1' && !claim.renderingProvider.firstName) add('2310B NM104', 'the rendering provider’s first name is missing');
  issues.push(...peopleIssues(claim));
  if (claim.diagnosisCodeSet === 'icd9') add('HI01', 'ICD-9 diagnoses (BK/BF) are not converted');
  if (claim.diagnoses.length === 0 || claim.diagnoses.length > MAX_DIAGNOSES) add('HI', `${claim.diagnoses.length} diagnoses: a claim has 1 to ${MAX_DIAGNOSES}`);
  if (claim.lines.length === 0 || claim.lines.length > MAX_LINES) add('LX', `${claim.lines.length} service lines: a claim has 1 to ${MAX_LINES}`);
  claim.lines.forEach((line, index) => {
    const at = `line ${index + 1}`;
    if (!line.procedureCode) add(`${at} SV101-2`, 'the procedure code is missing');
    if ((line.modifiers ?? []).length > 4) add(`${at} SV101-3`, 'at most four modifiers');
    if (!Number.isSafeInteger(line.chargeCents) || line.chargeCents <= 0) add(`${at} SV102`, 'the line charge must be a positive amount');
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) add(`${at} SV104`, `${line.quantity} is not a whole, positive number of ${line.unit === 'MJ' ? 'minutes' : 'units'}`);
    if (line.unit !== 'UN' && line.unit !== 'MJ') add(`${at} SV103`, `"${String(line.unit)}" is not UN or MJ`);
    const pointers = line.diagnosisPointers;
    if (pointers.length === 0 || pointers.length > 4 || pointers.some((pointer) => !Number.isInteger(pointer) || pointer < 1 || pointer > claim.diagnoses.length)) {
      add(`${at} SV107`, `pointers ${pointers.join(':') || '(none)'} must be 1 to 4 positions among the claim’s ${claim.diagnoses.length} diagnoses`);
    }
    if (!ISO_DATE.test(line.serviceDate)) add(`${at} DTP*472`, 'the date of service is missing');
  });
  const numbers = claim.lines.flatMap((line) => (line.lineItemControlNumber ? [line.lineItemControlNumber] : []));
  if (new Set(numbers).size !== numbers.length) add('REF*6R', 'two lines of the claim have the same line item control number');
  const total = claim.lines.reduce((sum, line) => sum + line.chargeCents, 0);
  if (total !== claim.chargeCents) add('CLM02', `${cents(claim.chargeCents)} differs from the sum of the line charges ${cents(total)}`);
  return issues;
}

function peopleIssues(claim: Claim837P): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { subscriber, patient } = claim;
  if (!patient) {
    if (subscriber.relationship !== '18') issues.push({ field: 'SBR02', message: 'the subscriber is not the patient (18) and no patient loop (2000C) follows' });
    issues.push(...personIssues('2010BA', subscriber));
    return issues;
  }
  if (!(SUBSCRIBER_RELATIONSHIPS as readonly string[]).includes(patient.relationship) || patient.relationship === '18') {
    issues.push({ field: 'PAT01', message: `"${patient.relationship}" is not a dependent’s relationship to the subscriber` });
  }
  issues.push(...personIssues('2010CA', patient));
  if (!subscriber.lastName.trim() || !subscriber.firstName?.trim()) issues.push({ field: '2010BA NM1', message: 'the subscriber’s last and first names are required' });
  if (subscriber.sex !== undefined && !SEXES.includes(subscriber.sex)) issues.push({ field: '2010BA DMG03', message: `"${subscriber.sex}" is not F, M or U` });
  if (!toPostalAddress(subscriber.address)) issues.push({ field: '2010BA N3/N4', message: 'the subscriber of a dependent needs a full address (the coverage and the guarantor keep it)' });
  return issues;
}

function personIssues(loop: string, person: { readonly lastName: string; readonly firstName?: string; readonly birthDate?: string; readonly sex?: string }): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!person.lastName.trim() || !person.firstName?.trim()) issues.push({ field: `${loop} NM1`, message: 'the last and first names are required' });
  if (!person.birthDate || !ISO_DATE.test(person.birthDate)) issues.push({ field: `${loop} DMG02`, message: 'the birth date is required to match or register the person' });
  if (!SEXES.includes(person.sex ?? '')) issues.push({ field: `${loop} DMG03`, message: `"${person.sex ?? ''}" is not F, M or U` });
  return issues;
}

/** The patient of a claim that passed {@link openArClaimIssues}. */
export function claimPatient(claim: Claim837P): ClaimPatient {
  const person = claim.patient ?? claim.subscriber;
  return {
    firstName: (person.firstName ?? '').trim(),
    lastName: person.lastName.trim(),
    birthDate: person.birthDate ?? '',
    sex: person.sex as AdministrativeSex,
    address: toPostalAddress(person.address),
    relationship: (claim.patient?.relationship ?? '18') as SubscriberRelationship,
  };
}

/** An N3/N4 address as the registration keeps it, or null when it lacks the state or the ZIP code. */
export function toPostalAddress(address: Address | undefined): PostalAddress | null {
  if (!address?.line1 || !address.city || !address.state || !address.postalCode || !/^\d{5}(\d{4})?$/.test(address.postalCode)) return null;
  return { line1: address.line1, ...(address.line2 ? { line2: address.line2 } : {}), city: address.city, state: address.state, postalCode: address.postalCode };
}

function cents(value: number): string {
  return Money.fromCents(value).toFixed2();
}
