import type { Claim837P } from '../x837p/x12-837p.types';

/**
 * Splits a claim with more lines than `maxLines` (50 in an 837P) into claims of at most `maxLines`
 * lines: patient control numbers get a `-1`, `-2`... suffix, charges are the parts' line sums and a
 * prior payer's paid amount is the sum of the parts' line adjudications.
 */
export function splitClaimLines(claim: Claim837P, maxLines = 50): Claim837P[] {
  if (claim.lines.length <= maxLines) return [claim];
  const parts: Claim837P[] = [];
  for (let from = 0; from < claim.lines.length; from += maxLines) {
    const lines = claim.lines.slice(from, from + maxLines);
    const part: Claim837P = { ...claim, patientControlNumber: `${claim.patientControlNumber}-${parts.length + 1}`, lines, chargeCents: lines.reduce((s, l) => s + l.chargeCents, 0) };
    if (claim.otherPayers) {
      const paid = lines.reduce((s, l) => s + (l.adjudications ?? []).reduce((t, a) => t + a.paidCents, 0), 0);
      part.otherPayers = claim.otherPayers.map((o) => ({ ...o, paidCents: paid }));
    }
    parts.push(part);
  }
  return parts;
}
