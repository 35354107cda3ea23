import type { BuiltInFinding, BuiltInScrubRule } from './scrub-input';

/** Dates of service (DTP*472) are not in the future and not before the patient's birth. */
export const serviceDatesRule: BuiltInScrubRule = {
  id: 'service-dates',
  description: "No date of service is in the future or before the patient's birth date",
  inspect({ lines, today, snapshot }) {
    const findings: BuiltInFinding[] = [];
    const birth = snapshot.patient.birthDate;
    for (const line of lines) {
      const field = `DTP03 (line ${line.lineNumber} DTP*472)`;
      if (line.dateOfService > today) findings.push({ severity: 'error', field, message: `line ${line.lineNumber}'s date of service ${line.dateOfService} is in the future`, hint: 'Bill the service after it is rendered; correct the date of service if it was mistyped' });
      if (birth && line.dateOfService < birth) findings.push({ severity: 'error', field, message: `line ${line.lineNumber}'s date of service ${line.dateOfService} is before the patient's birth date`, hint: "Correct the date of service or the patient's birth date, then rebuild the claim" });
    }
    return findings;
  },
};
