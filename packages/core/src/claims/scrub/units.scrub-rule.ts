import type { BuiltInFinding, BuiltInScrubRule } from './scrub-input';

/** Units (SV104) are greater than zero, and whole for `UN`. */
export const unitsRule: BuiltInScrubRule = {
  id: 'units',
  description: 'Each line has units greater than zero (whole units for UN)',
  inspect({ lines }) {
    const findings: BuiltInFinding[] = [];
    for (const line of lines) {
      const field = `SV104 (line ${line.lineNumber})`;
      if (!(line.units > 0)) findings.push({ severity: 'error', field, message: `line ${line.lineNumber} has ${line.units} units; the quantity must be greater than zero`, hint: 'Enter the units billed (a correction is a replacement or void, never negative units)' });
      else if (line.unitType === 'UN' && !Number.isInteger(line.units)) findings.push({ severity: 'error', field, message: `line ${line.lineNumber} has ${line.units} units; UN units are whole`, hint: 'Enter whole units, or bill minutes (MJ)' });
    }
    return findings;
  },
};
