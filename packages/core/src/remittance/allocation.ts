/**
 * Splits `totalCents` over `weights` in proportion, to the cent, by the largest-remainder method: the parts add up to
 * the total exactly, ties go to the earlier weight. With no positive weight the whole amount goes to the first part.
 */
export function allocateCents(totalCents: number, weights: readonly number[]): number[] {
  if (weights.length === 0) throw new RangeError('allocateCents needs at least one weight');
  const positive = weights.map((weight) => Math.max(0, weight));
  const sum = positive.reduce((total, weight) => total + weight, 0);
  if (sum === 0) return weights.map((_, index) => (index === 0 ? totalCents : 0));
  const magnitude = Math.abs(totalCents);
  const sign = totalCents < 0 ? -1 : 1;
  const exact = positive.map((weight) => (magnitude * weight) / sum);
  const parts = exact.map((value) => Math.floor(value));
  let left = magnitude - parts.reduce((total, part) => total + part, 0);
  const order = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left === 0) break;
    parts[index] = (parts[index] as number) + 1;
    left -= 1;
  }
  return parts.map((part) => (part === 0 ? 0 : sign * part));
}
