import { checkKey, type BuiltInFinding, type BuiltInScrubRule } from './scrub-input';

/** At most 4 modifiers per line (SV101-3..6), each valid on the date of service, none repeated. */
export const modifiersRule: BuiltInScrubRule = {
  id: 'modifiers',
  description: 'Each line has at most 4 distinct modifiers, each valid in the modifier code set on the date of service',
  inspect({ lines, modifierChecks }) {
    const findings: BuiltInFinding[] = [];
    for (const line of lines) {
      const where = `line ${line.lineNumber}`;
      if (line.modifiers.length > 4) {
        findings.push({ severity: 'error', field: `SV101-7 (${where})`, message: `${where} has ${line.modifiers.length} modifiers; an 837P line carries at most 4`, hint: 'Keep the 4 modifiers that affect payment first' });
      }
      const seen = new Set<string>();
      line.modifiers.forEach((modifier, index) => {
        const field = `SV101-${index + 3} (${where})`;
        const code = modifier.toUpperCase();
        if (seen.has(code)) findings.push({ severity: 'error', field, message: `${where} repeats modifier ${code}`, hint: 'Remove the repeated modifier' });
        seen.add(code);
        const check = modifierChecks.get(checkKey(code, line.dateOfService));
        if (check && !check.valid) findings.push({ severity: 'error', field, message: check.reason ?? `modifier ${code} is not valid on ${line.dateOfService}`, hint: 'Use a modifier valid on the date of service' });
      });
    }
    return findings;
  },
};
