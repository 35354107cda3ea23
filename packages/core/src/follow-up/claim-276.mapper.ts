import type { ClaimStatusInquiry276, InquiryPerson } from '@openrcm/x12';
import type { ClaimSnapshot, SnapshotPerson } from '../claims/claim-snapshot';

/** What the 276 reads of a claim besides its snapshot. */
export interface ClaimToInquire {
  readonly patientControlNumber: string;
  readonly totalChargeCents: number;
  /** The payer's claim number, when its acknowledgment gave one (sent as REF*1K). */
  readonly payerClaimNumber: string | null;
  readonly snapshot: ClaimSnapshot;
}

/** The ids that tie the 277 to the 276, and when it is asked. */
export interface Inquiry276Parameters {
  /** BHT03 and TRN02: unique per inquiry, echoed by the payer in the 277. */
  readonly traceNumber: string;
  /** When the inquiry is made (a UTC instant): BHT04/BHT05. */
  readonly createdAt: Date;
}

/**
 * The 276 for one claim, from its frozen snapshot (what the 837P said, not today's registration): the payer (2100A),
 * the billing provider as information receiver and service provider (2100B/2100C, by NPI), the subscriber (2100D) and,
 * when the patient is not the subscriber, the patient as dependent (2100E); then the claim (2200D/E): TRN, REF*EJ with
 * CLM01, REF*1K when the payer's claim number is known, AMT*T3 with CLM02 and the service dates.
 */
export function claimStatusInquiryOf(claim: ClaimToInquire, parameters: Inquiry276Parameters): ClaimStatusInquiry276 {
  const { snapshot } = claim;
  const iso = parameters.createdAt.toISOString();
  const provider = snapshot.billingProvider;
  const dependent = snapshot.subscriber.relationship !== '18';
  return {
    referenceId: parameters.traceNumber,
    createdDate: iso.slice(0, 10),
    createdTime: iso.slice(11, 16),
    payer: { name: snapshot.payer.name, id: snapshot.payer.payerId },
    provider: { entityType: provider.entityType, lastName: provider.lastName, ...(provider.firstName ? { firstName: provider.firstName } : {}), npi: provider.npi },
    subscriber: { ...personOf(snapshot.subscriber), memberId: snapshot.subscriber.memberId },
    ...(dependent ? { dependent: personOf(snapshot.patient) } : {}),
    claims: [
      {
        traceNumber: parameters.traceNumber,
        patientControlNumber: claim.patientControlNumber,
        chargeCents: claim.totalChargeCents,
        serviceDate: snapshot.serviceDateFrom,
        ...(snapshot.serviceDateTo !== snapshot.serviceDateFrom ? { serviceDateEnd: snapshot.serviceDateTo } : {}),
        ...(claim.payerClaimNumber ? { payerClaimControlNumber: claim.payerClaimNumber } : {}),
      },
    ],
  };
}

function personOf(person: SnapshotPerson): InquiryPerson {
  return {
    lastName: person.lastName,
    ...(person.firstName ? { firstName: person.firstName } : {}),
    ...(person.birthDate ? { birthDate: person.birthDate } : {}),
    ...(person.sex ? { sex: person.sex } : {}),
  };
}
