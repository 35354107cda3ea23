import { ageAccounts, bucketOf, daysBetween } from './aging-buckets';

describe('A/R aging buckets', () => {
  it.each([
    [-3, '0-30'],
    [0, '0-30'],
    [30, '0-30'],
    [31, '31-60'],
    [60, '31-60'],
    [61, '61-90'],
    [90, '61-90'],
    [91, '91-120'],
    [120, '91-120'],
    [121, '121+'],
    [4000, '121+'],
  ])('puts an age of %i days in %s', (days, bucket) => {
    expect(bucketOf(days)).toBe(bucket);
  });

  it('counts calendar days across months, leap days and time changes', () => {
    expect(daysBetween('2026-10-01', '2026-10-31')).toBe(30);
    expect(daysBetween('2026-10-01', '2026-11-01')).toBe(31);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-11-30', '2026-11-29')).toBe(-1);
  });

  it('ages positive balances by group at the 30/31 and 120/121 boundaries, and sets credit balances apart', () => {
    const asOf = '2026-11-30';
    const aging = ageAccounts(
      [
        { groupId: 'acme', balanceCents: 10000, agedFrom: '2026-10-31' }, // 30 days
        { groupId: 'acme', balanceCents: 2501, agedFrom: '2026-10-30' }, // 31 days
        { groupId: 'acme', balanceCents: 7000, agedFrom: '2026-08-02' }, // 120 days
        { groupId: 'second', balanceCents: 1, agedFrom: '2026-08-01' }, // 121 days
        { groupId: 'second', balanceCents: 0, agedFrom: '2026-11-01' },
        { groupId: 'acme', balanceCents: -500, agedFrom: '2026-11-01' },
        { groupId: 'third', balanceCents: -1234, agedFrom: '2026-01-01' },
      ],
      asOf,
    );
    expect(aging.groups).toEqual([
      { groupId: 'acme', buckets: { '0-30': 10000, '31-60': 2501, '61-90': 0, '91-120': 7000, '121+': 0 }, totalCents: 19501, accounts: 3 },
      { groupId: 'second', buckets: { '0-30': 0, '31-60': 0, '61-90': 0, '91-120': 0, '121+': 1 }, totalCents: 1, accounts: 1 },
    ]);
    expect(aging.totals).toEqual({ buckets: { '0-30': 10000, '31-60': 2501, '61-90': 0, '91-120': 7000, '121+': 1 }, totalCents: 19502, accounts: 4 });
    expect(aging.creditBalances).toEqual({ accounts: 2, totalCents: -1734 });
  });
});
