import { paidLineAdjustments, shareCost } from './cost-sharing';
import { allowedCentsOf } from './fee-schedule';
import { basisPointsOf } from './money';
import type { PlanState } from './plan-state';

const plan = (over: Partial<PlanState> = {}): PlanState => ({
  copayCents: 2500, coinsuranceBasisPoints: 2000, deductibleRemainingCents: 0, outOfPocketRemainingCents: 1_000_000, inNetwork: true, ...over,
});

describe('basisPointsOf', () => {
  it('rounds half up to the cent', () => {
    expect(basisPointsOf(7900, 200)).toBe(158);
    expect(basisPointsOf(25, 2000)).toBe(5);
    expect(basisPointsOf(1, 5000)).toBe(1);
    expect(basisPointsOf(1, 4999)).toBe(0);
  });
});

describe('allowedCentsOf', () => {
  const schedule = { fees: { '99213': 9200, '71046': 2900, '71046:26': 1000 }, defaultBasisPointsOfCharge: 6500 };
  const line = { procedureCode: '99213', chargeCents: 15000, unit: 'UN' as const, quantity: 1, diagnosisPointers: [1], serviceDate: '2026-11-02' };

  it('takes the fee times the units, the modifier entry first, and the lesser of fee and charge', () => {
    expect(allowedCentsOf(line, schedule)).toBe(9200);
    expect(allowedCentsOf({ ...line, quantity: 2, chargeCents: 30000 }, schedule)).toBe(18400);
    expect(allowedCentsOf({ ...line, procedureCode: '71046', modifiers: ['26'] }, schedule)).toBe(1000);
    expect(allowedCentsOf({ ...line, procedureCode: '71046', modifiers: ['LT'] }, schedule)).toBe(2900);
    expect(allowedCentsOf({ ...line, chargeCents: 8000 }, schedule)).toBe(8000);
  });

  it('allows the default percentage of the charge for a code not in the schedule', () => {
    expect(allowedCentsOf({ ...line, procedureCode: '12345', chargeCents: 10001 }, schedule)).toBe(6501);
  });
});

describe('shareCost', () => {
  it('takes the copay, then the deductible, then coinsurance, and updates the accumulators', () => {
    const p = plan({ deductibleRemainingCents: 3000 });
    const share = shareCost(9200, p, 2500, 0);
    expect(share).toEqual({ copayCents: 2500, deductibleCents: 3000, coinsuranceCents: 740, sequestrationCents: 0, paidCents: 2960 });
    expect(p.deductibleRemainingCents).toBe(0);
    expect(p.outOfPocketRemainingCents).toBe(1_000_000 - 6240);
  });

  it('never lets the patient pay past the out-of-pocket maximum (coinsurance is cut first)', () => {
    const p = plan({ outOfPocketRemainingCents: 3000 });
    const share = shareCost(9200, p, 2500, 0);
    expect(share.copayCents + share.deductibleCents + share.coinsuranceCents).toBe(3000);
    expect(share).toMatchObject({ copayCents: 2500, coinsuranceCents: 500, paidCents: 6200 });
    expect(p.outOfPocketRemainingCents).toBe(0);
  });

  it('takes sequestration from what the payer would pay', () => {
    const share = shareCost(8900, plan({ copayCents: 1000, coinsuranceBasisPoints: 0 }), 1000, 200);
    expect(share).toMatchObject({ copayCents: 1000, sequestrationCents: 158, paidCents: 7742 });
  });

  it('writes CAS amounts that add up to the charge minus the payment', () => {
    const share = shareCost(9200, plan({ deductibleRemainingCents: 1000 }), 2500, 200);
    const cas = paidLineAdjustments(15000, 9200, share);
    expect(cas.map((a) => `${a.group}-${a.reason}`)).toEqual(['CO-45', 'PR-1', 'PR-2', 'PR-3', 'CO-253']);
    expect(15000 - cas.reduce((s, a) => s + a.amountCents, 0)).toBe(share.paidCents);
  });
});
