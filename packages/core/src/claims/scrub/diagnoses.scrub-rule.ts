import type { BuiltInFinding, BuiltInScrubRule } from './scrub-input';

/** 1–12 diagnoses without duplicates (HI); each line points to 1–4 of them, within range and without repeats (SV107). */
export const diagnosesRule: BuiltInScrubRule = {
  id: 'diagnoses',
  description: 'The claim has 1 to 12 distinct diagnoses and each line points to 1 to 4 of them',
  inspect({ snapshot, lines }) {
    const findings: BuiltInFinding[] = [];
    const codes = snapshot.diagnoses;
    if (codes.length === 0) findings.push({ severity: 'error', field: 'HI01-2', message: 'the claim has no diagnosis', hint: 'Code at least one diagnosis on the encounter, then rebuild the claim' });
    if (codes.length > 12) findings.push({ severity: 'error', field: 'HI', message: `the claim has ${codes.length} diagnoses; an 837P carries at most 12`, hint: 'Keep the 12 that support the lines, or split the claim' });
    const seen = new Set<string>();
    codes.forEach((code, index) => {
      if (seen.has(code)) findings.push({ severity: 'error', field: `HI${String(index + 1).padStart(2, '0')}-2`, message: `diagnosis ${code} is listed twice`, hint: 'Remove the repeated diagnosis and repoint the lines' });
      seen.add(code);
    });
    for (const line of lines) {
      const field = `SV107 (line ${line.lineNumber})`;
      const pointers = line.diagnosisPointers;
      if (pointers.length < 1 || pointers.length > 4) {
        findings.push({ severity: 'error', field, message: `line ${line.lineNumber} has ${pointers.length} diagnosis pointers; it needs 1 to 4`, hint: 'Point the line to the 1–4 diagnoses it treats' });
      }
      const outside = pointers.filter((pointer) => !Number.isInteger(pointer) || pointer < 1 || pointer > codes.length);
      if (outside.length > 0) findings.push({ severity: 'error', field, message: `line ${line.lineNumber} points to diagnosis ${outside.join(', ')}, beyond the ${codes.length} on the claim`, hint: 'Repoint the line to diagnoses on the claim' });
      if (new Set(pointers).size !== pointers.length) findings.push({ severity: 'error', field, message: `line ${line.lineNumber} repeats a diagnosis pointer`, hint: 'Point to each diagnosis once' });
    }
    return findings;
  },
};
