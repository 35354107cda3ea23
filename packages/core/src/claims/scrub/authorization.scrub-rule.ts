import type { BuiltInFinding, BuiltInScrubRule } from './scrub-input';

/** A line whose code the payer authorizes carries a prior authorization valid on its date with units left. */
export const authorizationRule: BuiltInScrubRule = {
  id: 'authorization',
  description: 'Lines whose code the payer requires an authorization for carry one (REF*G1), active on the date of service and not overused',
  inspect({ lines, payer, snapshot }) {
    const required = new Set(payer.authorizationRequiredCodes.map((code) => code.toUpperCase()));
    const findings: BuiltInFinding[] = [];
    for (const line of lines) {
      const code = line.procedureCode.toUpperCase();
      const authorization = line.authorization;
      if (required.has(code) && !authorization && !snapshot.priorAuthorizationNumber) {
        findings.push({
          severity: 'error',
          field: `REF02 (2300 REF*G1)`,
          message: `${payer.name} requires a prior authorization for ${code} (line ${line.lineNumber}) and the claim has none`,
          hint: "Record the payer's authorization on the patient and tie it to the charge, then rebuild the claim",
        });
        continue;
      }
      if (!authorization) continue;
      if (authorization.status !== 'active' || line.dateOfService < authorization.startDate || line.dateOfService > authorization.endDate) {
        findings.push({
          severity: 'error',
          field: `REF02 (2300 REF*G1)`,
          message: `authorization ${authorization.number} (${authorization.status}, ${authorization.startDate} to ${authorization.endDate}) does not cover line ${line.lineNumber} on ${line.dateOfService}`,
          hint: 'Obtain an authorization covering the date of service (or a retro-authorization) and tie it to the charge',
        });
      } else if (authorization.unitsUsed > authorization.unitsApproved) {
        findings.push({
          severity: 'error',
          field: `SV104 (line ${line.lineNumber})`,
          message: `authorization ${authorization.number} approved ${authorization.unitsApproved} units and ${authorization.unitsUsed} are used`,
          hint: 'Ask the payer for more units before submitting',
        });
      }
    }
    return findings;
  },
};
