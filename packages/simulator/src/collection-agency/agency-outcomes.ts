import { prngFor } from '../payer/prng';
import type { AgencyOutcome, PlacedAccountRow } from './agency-files.types';

/**
 * The outcomes the first accounts of a placement file get, one each, in a seeded order: so a file of nine accounts or
 * more holds every outcome (one bankruptcy among them), and a file of two has one paid in full and one partly paid.
 */
export const OUTCOME_PLAN: readonly AgencyOutcome[] = [
  'paid-in-full', 'partial', 'installments', 'dispute', 'bankruptcy', 'settled', 'returned', 'deceased', 'no-contact',
];

/** The weights of the outcomes drawn for accounts past the plan. */
const LATER_OUTCOMES: readonly [AgencyOutcome, number][] = [
  ['paid-in-full', 25], ['partial', 20], ['installments', 20], ['no-contact', 20], ['dispute', 10], ['returned', 5],
];

function drawLater(seed: number, accountNumber: string): AgencyOutcome {
  let roll = prngFor(seed, `outcome:${accountNumber}`).int(1, 100);
  for (const [outcome, weight] of LATER_OUTCOMES) {
    if (roll <= weight) return outcome;
    roll -= weight;
  }
  return 'no-contact';
}

/**
 * The outcome of each account of one placement file, by account number: the accounts sorted by number are shuffled
 * with a generator seeded by the seed and the file's account numbers (not its name or date, so the same accounts
 * get the same outcomes whatever the batch), the plan is dealt in that order, and accounts past the plan draw from
 * the weights above. `scripted` outcomes win.
 */
export function assignOutcomes(seed: number, accounts: readonly PlacedAccountRow[], scripted: Readonly<Record<string, AgencyOutcome>> = {}): Map<string, AgencyOutcome> {
  const numbers = accounts.map((account) => account.accountNumber).sort();
  const random = prngFor(seed, `placement:${numbers.join('|')}`);
  for (let i = numbers.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [numbers[i], numbers[j]] = [numbers[j]!, numbers[i]!];
  }
  return new Map(numbers.map((number, index) => [number, scripted[number] ?? OUTCOME_PLAN[index] ?? drawLater(seed, number)]));
}

/** A seeded whole number in [min, max] for one account and purpose (a percent, a case number). */
export function seededInt(seed: number, accountNumber: string, purpose: string, min: number, max: number): number {
  return prngFor(seed, `${purpose}:${accountNumber}`).int(min, max);
}

/** `percent` % of `cents`, rounded down to the cent, at least 1 cent and at most `cents`. */
export function share(cents: number, percent: number): number {
  return Math.min(cents, Math.max(1, Math.floor((cents * percent) / 100)));
}

/**
 * The agency's fee on a payment: `basisPoints` / 10 000 of the amount collected, rounded to the nearest cent, half a
 * cent up (integer arithmetic: ⌊(amount × basisPoints + 5 000) / 10 000⌋).
 */
export function agencyFee(collectedCents: number, basisPoints: number): number {
  return Number((BigInt(collectedCents) * BigInt(basisPoints) + 5_000n) / 10_000n);
}
