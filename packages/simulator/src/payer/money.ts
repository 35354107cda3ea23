/** Integer-cents arithmetic of the simulator: no float ever reaches an amount. */

/** `cents × basisPoints / 10000`, rounded half up to the cent (inputs are non-negative integers). */
export function basisPointsOf(cents: number, basisPoints: number): number {
  return Math.floor((cents * basisPoints + 5000) / 10000);
}

/** The sum of amounts in cents. */
export function sumCents(amounts: readonly number[]): number {
  let total = 0;
  for (const a of amounts) total += a;
  return total;
}
