import { agencyFee, assignOutcomes, OUTCOME_PLAN } from './agency-outcomes';

const accounts = (n: number) => Array.from({ length: n }, (_, i) => ({ accountNumber: `PA-${1000 + i}`, balanceCents: 10_000 + i }));

describe('the agency fee', () => {
  it.each([
    [10_000, 2_500, 2_500],
    [45_250, 2_500, 11_313], // 11 312.5 → half a cent up
    [45_249, 2_500, 11_312], // 11 312.25 → down
    [1, 2_500, 0],           // 0.25 → down
    [2, 2_500, 1],           // 0.5 → up
    [99_999, 3_333, 33_330], // 33 329.667 → up
    [12_345, 0, 0],
    [12_345, 10_000, 12_345],
    [999_999_999_999, 2_500, 250_000_000_000], // 249 999 999 999.75 → up, in integer arithmetic
  ])('on %i cents at %i basis points is %i cents', (collected, basisPoints, fee) => {
    expect(agencyFee(collected, basisPoints)).toBe(fee);
  });
});

describe('the outcome plan', () => {
  it('deals every outcome once to a file of nine accounts, one bankruptcy among them', () => {
    const outcomes = [...assignOutcomes(7, accounts(9)).values()];
    expect([...outcomes].sort()).toEqual([...OUTCOME_PLAN].sort());
    expect(outcomes.filter((outcome) => outcome === 'bankruptcy')).toHaveLength(1);
  });

  it('gives the same accounts the same outcomes for a seed, whatever their order, and others for another seed', () => {
    const forward = assignOutcomes(7, accounts(30));
    expect(assignOutcomes(7, [...accounts(30)].reverse())).toEqual(forward);
    const seeds = [8, 9, 10].map((seed) => [...assignOutcomes(seed, accounts(30)).entries()]);
    expect(seeds.some((other) => JSON.stringify(other) !== JSON.stringify([...forward.entries()]))).toBe(true);
  });

  it('gives two accounts one payment in full and one partial payment, and lets a test script outcomes', () => {
    expect([...assignOutcomes(1, accounts(2)).values()].sort()).toEqual(['paid-in-full', 'partial']);
    expect(assignOutcomes(1, accounts(2), { 'PA-1001': 'dispute' }).get('PA-1001')).toBe('dispute');
  });
});
