import type { BuiltInScrubRule } from './scrub-input';

/** CLM02 equals the sum of the line charges (SV102). */
export const claimTotalRule: BuiltInScrubRule = {
  id: 'claim-total',
  description: 'The claim total (CLM02) equals the sum of the line charges',
  inspect({ claim, lines }) {
    const sum = lines.reduce((total, line) => total + line.chargeCents, 0);
    const negative = lines.filter((line) => line.chargeCents < 0).map((line) => line.lineNumber);
    const findings = [];
    if (sum !== claim.totalChargeCents) {
      findings.push({ severity: 'error' as const, field: 'CLM02', message: `the claim total ${cents(claim.totalChargeCents)} differs from the sum of the line charges ${cents(sum)}`, hint: 'Rebuild the claim so its total is recomputed from the lines' });
    }
    if (negative.length > 0) {
      findings.push({ severity: 'error' as const, field: 'SV102', message: `line ${negative.join(', ')} has a negative charge`, hint: 'A correction is a replacement (7) or a void (8), never a negative line' });
    }
    return findings;
  },
};

function cents(value: number): string {
  return `${value < 0 ? '-' : ''}$${Math.floor(Math.abs(value) / 100)}.${String(Math.abs(value) % 100).padStart(2, '0')}`;
}
