import type { Address, Adjustment, Claim837P, ClaimBatch837P, LineAdjudication837P, OtherPayer837P, Provider837P, ServiceLine837P } from '@openrcm/x12';
import type { PostalAddress } from '../patients/postal-address';
import type { ClaimSnapshot, SnapshotAdjustment, SnapshotOtherPayer, SnapshotPerson } from './claim-snapshot';
import type { ClaimFrequency } from './claim.entity';
import { SELF_RELATIONSHIP } from '../coverages/coverage.entity';

/** A claim as the mapper reads it: its CLM fields, frozen snapshot and lines. */
export interface ClaimToWrite {
  readonly patientControlNumber: string;
  readonly frequency: ClaimFrequency;
  readonly payerClaimNumber: string | null;
  readonly totalChargeCents: number;
  readonly snapshot: ClaimSnapshot;
  readonly lines: readonly LineToWrite[];
}

/** A claim line as the mapper reads it. */
export interface LineToWrite {
  readonly lineNumber: number;
  readonly lineItemControlNumber: string;
  readonly procedureCode: string;
  readonly modifiers: readonly string[];
  readonly units: number;
  readonly unitType: 'UN' | 'MJ';
  readonly chargeCents: number;
  readonly diagnosisPointers: readonly number[];
  readonly dateOfService: string;
  readonly placeOfService: string;
}

/** The transaction's header: BHT reference and time, submitter (1000A) and receiver (1000B). */
export interface BatchHeader {
  readonly referenceId: string;
  readonly createdDate: string;
  readonly createdTime: string;
  readonly submitter: { readonly name: string; readonly id: string; readonly contactName: string; readonly contactPhone: string | null };
  readonly receiver: { readonly name: string; readonly id: string };
}

/** Medicare Part B: the patient is always the subscriber (their MBI is the member id). */
const MEDICARE_PART_B = 'MB';

/**
 * Maps claims to 837P transactions: one per billing provider (NPI, tax id and address), claims in the given order.
 * Everything comes from each claim's snapshot and lines, never from current registration data.
 */
export function toClaimBatches(claims: readonly ClaimToWrite[], header: BatchHeader): ClaimBatch837P[] {
  const batches = new Map<string, ClaimBatch837P>();
  for (const claim of claims) {
    const billing = claim.snapshot.billingProvider;
    const key = JSON.stringify([billing.npi, billing.taxId, billing.address]);
    let batch = batches.get(key);
    if (!batch) {
      batch = newBatch(claim.snapshot, header, batches.size);
      batches.set(key, batch);
    }
    batch.claims.push(toClaim837P(claim));
  }
  return [...batches.values()];
}

function newBatch(snapshot: ClaimSnapshot, header: BatchHeader, index: number): ClaimBatch837P {
  const billing = snapshot.billingProvider;
  const contactPhone = header.submitter.contactPhone ?? billing.contactPhone;
  return {
    referenceId: index === 0 ? header.referenceId : `${header.referenceId}-${index + 1}`,
    createdDate: header.createdDate,
    createdTime: header.createdTime,
    transactionType: 'CH',
    submitter: { name: header.submitter.name, id: header.submitter.id, contact: { name: header.submitter.contactName, ...(contactPhone ? { phone: digits(contactPhone) } : {}) } },
    receiver: { name: header.receiver.name, id: header.receiver.id },
    billingProvider: {
      ...provider(billing),
      address: address(billing.address),
      taxId: digits(billing.taxId ?? ''),
      taxIdQualifier: billing.taxIdQualifier,
    },
    claims: [],
  };
}

/** One claim (2000B/2000C/2300/2400) from its snapshot and lines. */
export function toClaim837P(claim: ClaimToWrite): Claim837P {
  const s = claim.snapshot;
  const medicare = s.payer.claimFilingIndicator === MEDICARE_PART_B;
  const patientIsSubscriber = medicare || s.subscriber.relationship === SELF_RELATIONSHIP;
  const subscriberPerson: SnapshotPerson = patientIsSubscriber ? s.patient : s.subscriber;
  const rendering = s.renderingProvider.npi !== s.billingProvider.npi ? provider(s.renderingProvider) : undefined;
  const facilityDiffers = !sameAddress(s.serviceFacility.address, s.billingProvider.address);
  return {
    patientControlNumber: claim.patientControlNumber,
    chargeCents: claim.totalChargeCents,
    placeOfService: s.placeOfService,
    frequency: claim.frequency,
    providerSignature: 'Y',
    assignment: 'A',
    benefitsAssignment: 'Y',
    releaseOfInformation: 'Y',
    ...(claim.frequency !== '1' && claim.payerClaimNumber ? { payerClaimControlNumber: claim.payerClaimNumber } : {}),
    ...(s.priorAuthorizationNumber ? { priorAuthorization: s.priorAuthorizationNumber } : {}),
    diagnoses: [...s.diagnoses],
    subscriber: {
      payerResponsibility: s.payerResponsibility,
      ...(patientIsSubscriber ? { relationship: '18' as const } : {}),
      ...(s.subscriber.groupNumber ? { groupNumber: s.subscriber.groupNumber } : {}),
      ...(s.subscriber.planName && !s.subscriber.groupNumber ? { groupName: s.subscriber.planName } : {}),
      filingIndicator: s.payer.claimFilingIndicator,
      lastName: subscriberPerson.lastName,
      ...(subscriberPerson.firstName ? { firstName: subscriberPerson.firstName } : {}),
      memberId: s.subscriber.memberId,
      ...(subscriberPerson.address ? { address: address(subscriberPerson.address) } : {}),
      ...(patientIsSubscriber ? { birthDate: s.patient.birthDate ?? undefined, sex: s.patient.sex ?? undefined } : {}),
    },
    payer: { name: s.payer.name, id: s.payer.payerId },
    ...(patientIsSubscriber
      ? {}
      : {
          patient: {
            relationship: s.subscriber.relationship,
            lastName: s.patient.lastName,
            ...(s.patient.firstName ? { firstName: s.patient.firstName } : {}),
            address: s.patient.address ? address(s.patient.address) : { line1: '', city: '' },
            birthDate: s.patient.birthDate ?? '',
            sex: s.patient.sex ?? 'U',
          },
        }),
    ...(rendering ? { renderingProvider: rendering } : {}),
    ...(facilityDiffers
      ? { serviceFacility: { name: s.serviceFacility.name, ...(s.serviceFacility.npi ? { npi: s.serviceFacility.npi } : {}), address: address(s.serviceFacility.address) } }
      : {}),
    ...(s.otherPayers && s.otherPayers.length > 0 ? { otherPayers: s.otherPayers.map(toOtherPayer) } : {}),
    lines: claim.lines.map((line) => toServiceLine(line, s.placeOfService, s.otherPayers ?? [])),
  };
}

/**
 * 2320/2330A/2330B of a payer ahead. When the payer adjudicated lines, the remaining patient liability (AMT*EAF) and
 * the adjudication date (DTP*573) go on each line's 2430, not here (the TR3 sends them at one level only).
 */
function toOtherPayer(other: SnapshotOtherPayer): OtherPayer837P {
  const lineLevel = other.lines.length > 0;
  const medicare = other.payer.claimFilingIndicator === MEDICARE_PART_B;
  return {
    payerResponsibility: other.payerResponsibility,
    relationship: medicare ? SELF_RELATIONSHIP : other.subscriber.relationship,
    ...(other.subscriber.groupNumber ? { groupNumber: other.subscriber.groupNumber } : {}),
    filingIndicator: other.payer.claimFilingIndicator,
    adjustments: other.claimAdjustments.map(toAdjustment),
    paidCents: other.paidCents,
    ...(lineLevel ? {} : { remainingPatientLiabilityCents: other.remainingPatientLiabilityCents, adjudicationDate: other.adjudicationDate }),
    benefitsAssignment: 'Y',
    releaseOfInformation: 'Y',
    subscriber: { lastName: other.subscriber.lastName, ...(other.subscriber.firstName ? { firstName: other.subscriber.firstName } : {}), memberId: other.subscriber.memberId },
    payer: { name: other.payer.name, id: other.payer.payerId },
  };
}

/** The 2430 loops of a line: each payer ahead's SVD, CAS, DTP*573 and AMT*EAF for it. */
function lineAdjudications(lineNumber: number, otherPayers: readonly SnapshotOtherPayer[]): LineAdjudication837P[] {
  return otherPayers.flatMap((other) =>
    other.lines
      .filter((line) => line.lineNumber === lineNumber)
      .map((line) => ({
        payerId: other.payer.payerId,
        paidCents: line.paidCents,
        procedureCode: line.procedureCode,
        ...(line.modifiers.length > 0 ? { modifiers: [...line.modifiers] } : {}),
        paidUnits: line.paidUnits,
        adjustments: line.adjustments.map(toAdjustment),
        adjudicationDate: other.adjudicationDate,
        remainingPatientLiabilityCents: line.remainingPatientLiabilityCents,
      })),
  );
}

function toAdjustment(adjustment: SnapshotAdjustment): Adjustment {
  return { group: adjustment.groupCode, reason: adjustment.reasonCode, amountCents: adjustment.amountCents, ...(adjustment.quantity !== null ? { quantity: adjustment.quantity } : {}) };
}

function toServiceLine(line: LineToWrite, claimPlaceOfService: string, otherPayers: readonly SnapshotOtherPayer[]): ServiceLine837P {
  const adjudications = lineAdjudications(line.lineNumber, otherPayers);
  return {
    procedureCode: line.procedureCode,
    ...(line.modifiers.length > 0 ? { modifiers: [...line.modifiers] } : {}),
    chargeCents: line.chargeCents,
    unit: line.unitType,
    quantity: line.units,
    ...(line.placeOfService !== claimPlaceOfService ? { placeOfService: line.placeOfService } : {}),
    diagnosisPointers: [...line.diagnosisPointers],
    serviceDate: line.dateOfService,
    lineItemControlNumber: line.lineItemControlNumber,
    ...(adjudications.length > 0 ? { adjudications } : {}),
  };
}

function provider(source: { entityType: '1' | '2'; lastName: string; firstName: string | null; npi: string; taxonomy: string | null }): Provider837P {
  return {
    entityType: source.entityType,
    lastName: source.lastName,
    ...(source.entityType === '1' && source.firstName ? { firstName: source.firstName } : {}),
    npi: source.npi,
    ...(source.taxonomy ? { taxonomy: source.taxonomy } : {}),
  };
}

function address(source: PostalAddress): Address {
  return { line1: source.line1, ...(source.line2 ? { line2: source.line2 } : {}), city: source.city, state: source.state, postalCode: digits(source.postalCode) };
}

function sameAddress(a: PostalAddress, b: PostalAddress): boolean {
  const norm = (x: PostalAddress) => [x.line1, x.line2 ?? '', x.city, x.state, digits(x.postalCode)].map((part) => part.trim().toUpperCase()).join('|');
  return norm(a) === norm(b);
}

function digits(value: string): string {
  return value.replace(/\D/g, '');
}
