import { balance835, read835, write835 } from '../x835';
import { read837P, write837P } from '../x837p';
import { validate837P } from '../validate';
import { ENVELOPE } from '../../test/fixtures/x837p.fixture';
import { adjudicate837P } from './x12-835.adjudicator';
import { generate837PBatches } from './x12-837p.generator';

describe('generate837PBatches', () => {
  const batches = generate837PBatches({ claims: 400, seed: 7, claimsPerTransaction: 150 });
  const claims = batches.flatMap((b) => b.claims);

  it('is deterministic and covers dependents, secondary, replacement and 50-line claims', () => {
    expect(generate837PBatches({ claims: 400, seed: 7, claimsPerTransaction: 150 })).toEqual(batches);
    expect(batches.map((b) => b.claims.length)).toEqual([150, 150, 100]);
    expect(claims.filter((c) => c.patient).length).toBeGreaterThan(20);
    expect(claims.filter((c) => c.otherPayers).length).toBeGreaterThan(5);
    expect(claims.filter((c) => c.frequency === '7').length).toBeGreaterThan(5);
    expect(claims.some((c) => c.lines.length === 50)).toBe(true);
  });

  it('writes valid 837Ps that round-trip', () => {
    const text = write837P(batches, ENVELOPE, { interchange: 1, group: 1, transaction: 1 });
    const report = validate837P(text);
    expect(report.errors.filter((e) => e.severity === 'error')).toEqual([]);
    expect(report.claims).toBe(400);
    expect(read837P(text).transactions).toEqual(batches);
  });

  it('adjudicates into balanced 835s whose payments add up', () => {
    const remits = adjudicate837P(batches, { seed: 7 });
    const text = write835(remits, ENVELOPE, { interchange: 2, group: 2, transaction: 1 });
    const read = read835(text);
    expect(read.errors).toEqual([]);
    expect(read.transactions.flatMap((t) => t.claims)).toHaveLength(400);
    for (const t of read.transactions) expect(balance835(t)).toEqual([]);
    const charged = claims.reduce((s, c) => s + c.chargeCents, 0);
    const paid = read.transactions.reduce((s, t) => s + t.payment.amountCents, 0);
    expect(paid).toBeGreaterThan(0);
    expect(paid).toBeLessThan(charged);
  });
});
