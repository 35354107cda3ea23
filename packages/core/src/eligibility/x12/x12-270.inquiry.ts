import type { EligibilityRequest } from '@openrcm/sdk';
import type { EligibilityInquiry270 } from '@openrcm/x12';

/** What the 270 needs besides the request: who asks, the ids that tie the 271 to it, and when. */
export interface Inquiry270Parameters {
  /** The payer's name for NM103 of 2100A (the payer id goes in NM109). */
  readonly payerName: string;
  /** The provider's name when the request does not carry one. */
  readonly providerName: string;
  /** BHT03 and TRN02: unique per inquiry, echoed by the payer. */
  readonly referenceId: string;
  /** When the inquiry is made (a UTC instant); BHT04/BHT05. */
  readonly createdAt: Date;
}

/**
 * The 270 inquiry for an eligibility request: the patient as subscriber (relationship `18` or none), or as a
 * dependent of the named subscriber (the subscriber's birth date is not sent then: the builder writes DMG for the patient
 * only, where payers match it); the provider as an organization (entity type 2) identified by NPI.
 */
export function inquiryFromRequest(request: EligibilityRequest, parameters: Inquiry270Parameters): EligibilityInquiry270 {
  const iso = parameters.createdAt.toISOString();
  const patient = { lastName: request.patient.lastName, firstName: request.patient.firstName, birthDate: request.patient.birthDate };
  const dependent = request.subscriber && request.relationshipCode !== '18';
  const subscriber = dependent && request.subscriber
    ? { lastName: request.subscriber.lastName, firstName: request.subscriber.firstName, memberId: request.memberId }
    : { ...patient, memberId: request.memberId };
  return {
    referenceId: parameters.referenceId,
    traceNumber: parameters.referenceId,
    createdDate: iso.slice(0, 10),
    createdTime: iso.slice(11, 16),
    payer: { name: parameters.payerName, id: request.payerId },
    provider: { entityType: '2', lastName: request.providerName ?? parameters.providerName, npi: request.providerNpi },
    subscriber,
    ...(dependent ? { dependent: patient } : {}),
    serviceTypes: [request.serviceTypeCode],
    asOfDate: request.asOfDate,
  };
}
