/** The aging buckets, in days: 0–30, 31–60, 61–90, 91–120, 121 and more. */
export const AGING_BUCKETS = ['0-30', '31-60', '61-90', '91-120', '121+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** Amounts in cents per bucket. */
export type BucketAmounts = Record<AgingBucket, number>;

/** One open account (a service line owed by one party) to age: the group it is reported under and where its age counts from. */
export interface AgingAccount {
  readonly groupId: string;
  readonly balanceCents: number;
  /** The calendar date (YYYY-MM-DD) the age counts from: the date of service or the first bill date. */
  readonly agedFrom: string;
}

/** The aged balances of one group (a payer or a patient). */
export interface AgedGroup {
  readonly groupId: string;
  readonly buckets: BucketAmounts;
  readonly totalCents: number;
  /** Accounts (service lines) with an open balance. */
  readonly accounts: number;
}

/** The aging of a set of accounts: each group's buckets, the totals, and the credit balances set aside. */
export interface Aging {
  readonly groups: readonly AgedGroup[];
  readonly totals: Omit<AgedGroup, 'groupId'>;
  /** Accounts with a negative balance (owed back): not aged, counted and totalled here. */
  readonly creditBalances: { readonly accounts: number; readonly totalCents: number };
}

const DAY_MS = 86_400_000;

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The bucket of an age in days; an age below zero (a date after "as of") counts as current. */
export function bucketOf(ageDays: number): AgingBucket {
  if (ageDays <= 30) return '0-30';
  if (ageDays <= 60) return '31-60';
  if (ageDays <= 90) return '61-90';
  if (ageDays <= 120) return '91-120';
  return '121+';
}

/** Every bucket at zero. */
export function emptyBuckets(): BucketAmounts {
  return { '0-30': 0, '31-60': 0, '61-90': 0, '91-120': 0, '121+': 0 };
}

/**
 * Ages accounts as of a calendar date: each positive balance goes to the bucket of its age (days from `agedFrom` to
 * `asOf`) in its group; negative balances are credit balances, counted apart; zero balances are left out. Integer
 * cents throughout; groups in the order first seen.
 */
export function ageAccounts(accounts: readonly AgingAccount[], asOf: string): Aging {
  const groups = new Map<string, { buckets: BucketAmounts; totalCents: number; accounts: number }>();
  const totals = { buckets: emptyBuckets(), totalCents: 0, accounts: 0 };
  const credit = { accounts: 0, totalCents: 0 };
  for (const account of accounts) {
    if (account.balanceCents < 0) {
      credit.accounts += 1;
      credit.totalCents += account.balanceCents;
      continue;
    }
    if (account.balanceCents === 0) continue;
    const bucket = bucketOf(daysBetween(account.agedFrom, asOf));
    const group = groups.get(account.groupId) ?? { buckets: emptyBuckets(), totalCents: 0, accounts: 0 };
    for (const sums of [group, totals]) {
      sums.buckets[bucket] += account.balanceCents;
      sums.totalCents += account.balanceCents;
      sums.accounts += 1;
    }
    groups.set(account.groupId, group);
  }
  return { groups: [...groups].map(([groupId, group]) => ({ groupId, ...group })), totals, creditBalances: credit };
}
