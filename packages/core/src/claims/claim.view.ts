import { CONVERSION_EVENT, eventsAllowedIn } from '../workflow/workflow-table';
import type { ClaimLine } from './claim-line.entity';
import type { ClaimScrubFinding } from './claim-scrub-finding.entity';
import type { ClaimSnapshot } from './claim-snapshot';
import type { Claim } from './claim.entity';
import { claimWorkflow } from './claim.workflow';

/** A claim as lists show it. */
export function toClaimView(claim: Claim) {
  return {
    id: claim.id,
    encounterId: claim.encounterId,
    patientId: claim.patientId,
    coverageId: claim.coverageId,
    payerRecordId: claim.payerRecordId,
    coverageOrder: claim.coverageOrder,
    patientControlNumber: claim.patientControlNumber,
    frequency: claim.frequency,
    payerClaimNumber: claim.payerClaimNumber,
    replacesClaimId: claim.replacesClaimId,
    priorPayerClaimId: claim.priorPayerClaimId,
    crossoverRemittanceClaimId: claim.crossoverRemittanceClaimId,
    totalChargeCents: claim.totalChargeCents,
    state: claim.state,
    allowedEvents: eventsAllowedIn(claimWorkflow, claim.state).filter((event) => event !== CONVERSION_EVENT),
    dateOfService: claim.dateOfService,
    part: claim.part,
    parts: claim.parts,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
  };
}

/** A claim line. */
export function toClaimLineView(line: ClaimLine) {
  return {
    id: line.id,
    chargeId: line.chargeId,
    lineNumber: line.lineNumber,
    lineItemControlNumber: line.lineItemControlNumber,
    procedureCode: line.procedureCode,
    modifiers: line.modifiers,
    units: line.units,
    unitType: line.unitType,
    chargeCents: line.chargeCents,
    diagnosisPointers: line.diagnosisPointers,
    dateOfService: line.dateOfService,
    placeOfService: line.placeOfService,
    renderingProviderId: line.renderingProviderId,
  };
}

/** A scrub finding. */
export function toFindingView(finding: ClaimScrubFinding) {
  return {
    id: finding.id,
    rule: finding.rule,
    severity: finding.severity,
    field: finding.field,
    message: finding.message,
    hint: finding.hint,
    overriddenBy: finding.overriddenBy,
    overrideReason: finding.overrideReason,
    overriddenAt: finding.overriddenAt,
    resolvedAt: finding.resolvedAt,
    createdAt: finding.createdAt,
  };
}

/** What the claim was built from, for people: names, ids and codes; the member id shows only its last four characters. */
export function toSnapshotSummary(snapshot: ClaimSnapshot) {
  return {
    builtAt: snapshot.builtAt,
    billingProvider: { name: snapshot.billingProvider.lastName, npi: snapshot.billingProvider.npi, taxonomy: snapshot.billingProvider.taxonomy, address: snapshot.billingProvider.address },
    renderingProvider: { name: [snapshot.renderingProvider.firstName, snapshot.renderingProvider.lastName].filter(Boolean).join(' '), npi: snapshot.renderingProvider.npi },
    serviceFacility: { name: snapshot.serviceFacility.name, npi: snapshot.serviceFacility.npi },
    payer: { name: snapshot.payer.name, payerId: snapshot.payer.payerId, claimFilingIndicator: snapshot.payer.claimFilingIndicator },
    payerResponsibility: snapshot.payerResponsibility,
    subscriber: {
      name: [snapshot.subscriber.firstName, snapshot.subscriber.lastName].filter(Boolean).join(' '),
      relationship: snapshot.subscriber.relationship,
      memberIdLast4: snapshot.subscriber.memberId.slice(-4),
      groupNumber: snapshot.subscriber.groupNumber,
    },
    patient: { name: `${snapshot.patient.firstName ?? ''} ${snapshot.patient.lastName}`.trim(), birthDate: snapshot.patient.birthDate, sex: snapshot.patient.sex },
    placeOfService: snapshot.placeOfService,
    diagnoses: snapshot.diagnoses,
    priorAuthorizationNumber: snapshot.priorAuthorizationNumber,
    serviceDateFrom: snapshot.serviceDateFrom,
    serviceDateTo: snapshot.serviceDateTo,
    otherPayers: (snapshot.otherPayers ?? []).map((other) => ({
      payerResponsibility: other.payerResponsibility,
      payer: { name: other.payer.name, payerId: other.payer.payerId, claimFilingIndicator: other.payer.claimFilingIndicator },
      payerClaimNumber: other.payerClaimNumber,
      adjudicationDate: other.adjudicationDate,
      paidCents: other.paidCents,
      remainingPatientLiabilityCents: other.remainingPatientLiabilityCents,
      claimAdjustments: other.claimAdjustments,
      lines: other.lines,
    })),
  };
}
