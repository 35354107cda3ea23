import type { EligibilityRequest } from '@openrcm/sdk';
import type { Coverage } from '../../coverages/coverage.entity';
import type { Patient } from '../../patients/patient.entity';
import type { Payer } from '../../payers/payer.entity';
import type { Provider } from '../../providers/provider.entity';

/** The records an eligibility request is built from. */
export interface EligibilityRequestSources {
  readonly patient: Patient;
  readonly coverage: Coverage;
  readonly payer: Payer;
  readonly provider: Provider;
  readonly asOfDate: string;
  readonly serviceTypeCode: string;
}

/**
 * The SDK request for a coverage: the payer's X12 id, the provider's NPI and name, the member id, the patient, and the
 * subscriber when the patient is a dependent (relationship other than 18, self).
 */
export function buildEligibilityRequest(sources: EligibilityRequestSources): EligibilityRequest {
  const { patient, coverage, payer, provider } = sources;
  const dependent = coverage.subscriberRelationship !== '18';
  return {
    payerId: payer.payerId,
    providerNpi: provider.npi,
    providerName: provider.name,
    memberId: coverage.memberId,
    patient: { firstName: patient.firstName, lastName: patient.lastName, birthDate: patient.birthDate },
    ...(dependent && coverage.subscriberFirstName && coverage.subscriberLastName && coverage.subscriberBirthDate
      ? { subscriber: { firstName: coverage.subscriberFirstName, lastName: coverage.subscriberLastName, birthDate: coverage.subscriberBirthDate } }
      : {}),
    relationshipCode: coverage.subscriberRelationship,
    serviceTypeCode: sources.serviceTypeCode,
    asOfDate: sources.asOfDate,
  };
}
