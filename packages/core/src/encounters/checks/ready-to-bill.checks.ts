import type { GuardOutcome } from '@openrcm/sdk';
import { isValidNpi } from '@openrcm/x12';
import type { EncounterCheck } from './coding-ready.checks';

const pass: GuardOutcome = { pass: true };
const failWith = (problems: readonly string[]): GuardOutcome => (problems.length === 0 ? pass : { pass: false, reason: problems.join('; ') });

/** Ready-to-bill: demographics, a guarantor, and a coverage on the date of service unless the visit is self-pay. */
export const registrationComplete: EncounterCheck = {
  name: 'registration-complete',
  description: 'The patient has demographics, a guarantor, and a coverage on the date of service (or the visit is self-pay)',
  evaluate: ({ patient, guarantorOnFile, coverages, encounter }) =>
    failWith([
      ...(patient.firstName && patient.lastName && patient.birthDate && patient.sex ? [] : ["the patient's name, birth date or sex is missing"]),
      ...(guarantorOnFile ? [] : ['no guarantor is on file']),
      ...(encounter.selfPay || coverages.length > 0 ? [] : [`no coverage is active on ${encounter.dateOfService} (add one, or mark the visit self-pay)`]),
    ]),
};

/** Ready-to-bill: the primary coverage was verified active for the date of service. */
export const eligibilityVerified: EncounterCheck = {
  name: 'eligibility-verified',
  description: 'The primary coverage was verified active for the date of service',
  evaluate: ({ encounter, coverages, eligibility, eligibilityMaxAgeDays }) => {
    if (encounter.selfPay) return pass;
    const [primary] = coverages;
    if (!primary) return failWith([`no coverage is active on ${encounter.dateOfService} to verify`]);
    if (!eligibility) {
      return failWith([`no eligibility check of ${primary.payerName} for ${encounter.dateOfService} was made within ${eligibilityMaxAgeDays} days before it`]);
    }
    if (eligibility.outcome !== 'active') {
      return failWith([`the eligibility check of ${primary.payerName} for ${eligibility.asOfDate} (${eligibility.method}) found the coverage ${eligibility.outcome}`]);
    }
    return pass;
  },
};

/** Ready-to-bill: every charge the primary payer authorizes is covered by an authorization with units left. */
export const authorizationConfirmed: EncounterCheck = {
  name: 'authorization-confirmed',
  description: 'Every charge the primary payer requires an authorization for is covered by one',
  evaluate: ({ encounter, authorizationProblems }) => (encounter.selfPay ? pass : failWith(authorizationProblems)),
};

/** Ready-to-bill: billing and rendering NPIs, the billing tax id, the service address, and 837P enrollment. */
export const providerIdentifiersValid: EncounterCheck = {
  name: 'provider-identifiers-valid',
  description: "Billing and rendering providers' NPIs and tax id, the location's address, and the billing provider's 837P enrollment are valid",
  evaluate: ({ encounter, charges, providers, location, coverages }) => {
    const problems: string[] = [];
    const billing = providers.get(encounter.billingProviderId);
    if (!billing || !billing.active) problems.push('the billing provider is missing or inactive');
    else {
      if (!isValidNpi(billing.npi)) problems.push(`the billing provider's NPI ${billing.npi} fails its check digit`);
      if (!billing.taxId) problems.push(`the billing provider ${billing.name} has no tax id (REF*EI)`);
    }
    const renderingIds = new Set([encounter.renderingProviderId, ...charges.map((charge) => charge.renderingProviderId)]);
    for (const id of renderingIds) {
      const rendering = providers.get(id);
      if (!rendering || !rendering.active || rendering.kind !== 'individual') problems.push(`rendering provider ${id} is missing, inactive or not an individual`);
      else if (!isValidNpi(rendering.npi)) problems.push(`the rendering provider's NPI ${rendering.npi} fails its check digit`);
    }
    if (!location) problems.push('the service location is missing');
    else if (location.zip.length !== 9) problems.push(`the location ${location.name} needs a nine-digit ZIP code on claims (has ${location.zip})`);
    const [primary] = coverages;
    if (!encounter.selfPay && primary && billing && !primary.billingProviderEnrolled) {
      problems.push(`${billing.name} is not enrolled with ${primary.payerName} for 837P claims on ${encounter.dateOfService}`);
    }
    return failWith(problems);
  },
};

/** Ready-to-bill: the patient was told their expected share. */
export const patientResponsibilityCommunicated: EncounterCheck = {
  name: 'patient-responsibility-communicated',
  description: "The patient was told their expected share, and how",
  evaluate: ({ encounter }) =>
    encounter.responsibilityCommunicatedAt ? pass : failWith(["the patient's expected share was not communicated: record the estimate and how it was given"]),
};

/** The Ready-to-bill gate's checks, in the order refusals report them. */
export const READY_TO_BILL: readonly EncounterCheck[] = [
  registrationComplete,
  eligibilityVerified,
  authorizationConfirmed,
  providerIdentifiersValid,
  patientResponsibilityCommunicated,
];
