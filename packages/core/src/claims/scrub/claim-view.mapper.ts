import type { ClaimView } from '@openrcm/sdk';
import type { ScrubInput } from './scrub-input';

/** The SDK's {@link ClaimView} of a claim, what plugin scrub rules inspect. */
export function toSdkClaimView(input: ScrubInput): ClaimView {
  return {
    claimId: input.claim.id,
    patientControlNumber: input.claim.patientControlNumber,
    payerId: input.snapshot.payer.payerId,
    frequencyCode: input.claim.frequency,
    totalChargeCents: input.claim.totalChargeCents,
    diagnosisCodes: [...input.snapshot.diagnoses],
    lines: input.lines.map((line) => ({
      lineNumber: line.lineNumber,
      procedureCode: line.procedureCode,
      modifiers: [...line.modifiers],
      chargeCents: line.chargeCents,
      units: line.units,
      serviceDate: line.dateOfService,
      diagnosisPointers: [...line.diagnosisPointers],
    })),
  };
}
