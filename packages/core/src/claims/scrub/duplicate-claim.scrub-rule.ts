import type { BuiltInScrubRule } from './scrub-input';

/** States of a claim that no longer counts: it ended, or a newer claim took its place. */
const ENDED = new Set(['voided', 'replaced', 'corrected']);

/** Another live claim of the patient to the same payer, on the same date of service, billing the same codes. */
export const duplicateClaimRule: BuiltInScrubRule = {
  id: 'duplicate-claim',
  description: 'No other live claim of the patient bills the same payer, date of service and procedure codes',
  inspect({ claim, lines, otherClaims }) {
    const codes = lines.map((line) => line.procedureCode.toUpperCase()).sort().join(',');
    return otherClaims
      .filter(
        (other) =>
          other.id !== claim.id &&
          other.id !== claim.replacesClaimId &&
          other.frequency !== '8' &&
          !ENDED.has(other.state) &&
          other.payerRecordId === claim.payerRecordId &&
          other.dateOfService === claim.dateOfService &&
          [...other.procedureCodes].map((code) => code.toUpperCase()).sort().join(',') === codes,
      )
      .map((other) => ({
        severity: 'error' as const,
        field: 'CLM01',
        message: `claim ${other.patientControlNumber} (${other.state}) already bills ${codes} to this payer for ${claim.dateOfService}`,
        hint: 'Do not submit a duplicate: correct or replace the other claim, or void this one if it was built twice',
      }));
  },
};
