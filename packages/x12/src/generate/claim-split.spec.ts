import type { Claim837P } from '../x837p/x12-837p.types';
import { generate837PBatches } from './x12-837p.generator';
import { splitClaimLines } from './claim-split';

describe('splitClaimLines', () => {
  const base = generate837PBatches({ claims: 1, seed: 3 })[0]!.claims[0]!;
  const line = base.lines[0]!;

  it('cuts 120 lines into 50, 50 and 20 with summed charges and suffixed control numbers', () => {
    const claim: Claim837P = { ...base, lines: Array.from({ length: 120 }, (_, i) => ({ ...line, chargeCents: 100 + i })) };
    const parts = splitClaimLines(claim);
    expect(parts.map((p) => p.lines.length)).toEqual([50, 50, 20]);
    expect(parts.map((p) => p.patientControlNumber)).toEqual([1, 2, 3].map((n) => `${base.patientControlNumber}-${n}`));
    for (const p of parts) expect(p.chargeCents).toBe(p.lines.reduce((s, l) => s + l.chargeCents, 0));
  });

  it('leaves a claim of at most 50 lines alone', () => {
    expect(splitClaimLines(base)).toEqual([base]);
  });
});
