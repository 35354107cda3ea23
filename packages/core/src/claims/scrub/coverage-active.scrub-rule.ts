import type { BuiltInFinding, BuiltInScrubRule } from './scrub-input';

/** The latest eligibility result of the coverage for each date of service says active. */
export const coverageActiveRule: BuiltInScrubRule = {
  id: 'coverage-active',
  description: 'The latest eligibility result of the coverage for the date of service is active',
  inspect({ eligibility, payer }) {
    const findings: BuiltInFinding[] = [];
    for (const fact of eligibility) {
      const field = 'eligibility (2010BA coverage)';
      if (fact.outcome === 'inactive' || fact.outcome === 'not-found') {
        findings.push({
          severity: 'error',
          field,
          message: `the latest eligibility check for ${fact.dateOfService} found the ${payer.name} coverage ${fact.outcome === 'inactive' ? 'inactive' : 'not on file with the payer'}`,
          hint: 'Verify the member id and coverage dates with the payer; bill the active coverage or the patient',
        });
      } else if (fact.outcome === null || fact.outcome === 'error') {
        findings.push({
          severity: 'warning',
          field,
          message: `no ${fact.outcome === 'error' ? 'conclusive ' : ''}eligibility result for the ${payer.name} coverage on ${fact.dateOfService}`,
          hint: 'Check eligibility for the date of service before submitting',
        });
      }
    }
    return findings;
  },
};
