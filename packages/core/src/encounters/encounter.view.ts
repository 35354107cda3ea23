import { CONVERSION_EVENT, eventsAllowedIn } from '../workflow/workflow-table';
import type { Charge } from './charge.entity';
import type { Encounter } from './encounter.entity';
import { encounterWorkflow } from './encounter.workflow';

/** An encounter as the API shows it, with the workflow events its state allows. */
export function toEncounterView(encounter: Encounter) {
  return {
    id: encounter.id,
    patientId: encounter.patientId,
    locationId: encounter.locationId,
    billingProviderId: encounter.billingProviderId,
    renderingProviderId: encounter.renderingProviderId,
    state: encounter.state,
    allowedEvents: eventsAllowedIn(encounterWorkflow, encounter.state).filter((event) => event !== CONVERSION_EVENT),
    scheduledStart: encounter.scheduledStart?.toISOString() ?? null,
    dateOfService: encounter.dateOfService,
    placeOfService: encounter.placeOfService,
    reason: encounter.reason,
    selfPay: encounter.selfPay,
    diagnosisCodes: encounter.diagnosisCodes,
    documentation: {
      signedByProviderId: encounter.documentationSignedByProviderId,
      signedAt: encounter.documentationSignedAt?.toISOString() ?? null,
    },
    patientResponsibility: {
      estimateCents: encounter.responsibilityEstimateCents,
      method: encounter.responsibilityMethod,
      communicatedAt: encounter.responsibilityCommunicatedAt?.toISOString() ?? null,
      communicatedBy: encounter.responsibilityCommunicatedBy,
    },
    closedReason: encounter.closedReason,
    createdAt: encounter.createdAt.toISOString(),
    updatedAt: encounter.updatedAt.toISOString(),
  };
}

/** A charge as the API shows it. */
export function toChargeView(charge: Charge) {
  return {
    id: charge.id,
    encounterId: charge.encounterId,
    procedureCode: charge.procedureCode,
    modifiers: charge.modifiers,
    units: charge.units,
    unitType: charge.unitType,
    diagnosisPointers: charge.diagnosisPointers,
    renderingProviderId: charge.renderingProviderId,
    placeOfService: charge.placeOfService,
    dateOfService: charge.dateOfService,
    unitPriceCents: charge.unitPriceCents,
    amountCents: charge.amountCents,
    expectedAllowedCents: charge.expectedAllowedCents,
    priceSource: charge.priceSource,
    authorizationId: charge.authorizationId,
    voidedAt: charge.voidedAt?.toISOString() ?? null,
    voidReason: charge.voidReason,
  };
}
