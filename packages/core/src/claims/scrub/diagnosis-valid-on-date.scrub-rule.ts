import { checkKey, type BuiltInFinding, type BuiltInScrubRule } from './scrub-input';

/** Every diagnosis a line points to is a billable ICD-10-CM code on the line's date of service. */
export const diagnosisValidOnDateRule: BuiltInScrubRule = {
  id: 'diagnosis-valid-on-date',
  description: "Each diagnosis a line points to is billable ICD-10-CM on the line's date of service",
  inspect({ snapshot, lines, diagnosisChecks }) {
    const findings: BuiltInFinding[] = [];
    const reported = new Set<string>();
    for (const line of lines) {
      for (const pointer of line.diagnosisPointers) {
        const code = snapshot.diagnoses[pointer - 1];
        if (!code) continue;
        const key = checkKey(code, line.dateOfService);
        const check = diagnosisChecks.get(key);
        if (!check || check.valid || reported.has(key)) continue;
        reported.add(key);
        findings.push({
          severity: 'error',
          field: `HI${String(pointer).padStart(2, '0')}-2`,
          message: check.reason ?? `${code} is not billable ICD-10-CM on ${line.dateOfService}`,
          hint: 'Code the diagnosis to its full billable code valid on the date of service (import the current ICD-10-CM release if it is missing), then rebuild the claim',
        });
      }
    }
    return findings;
  },
};
