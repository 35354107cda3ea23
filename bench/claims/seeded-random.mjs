// A small seeded PRNG (mulberry32): the same seed gives the same claims.

/** A random source for `seed` with helpers to pick from lists and ranges. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (probability) => next() < probability;
  /** `count` distinct items of `list`, in list order. */
  const some = (list, count) => {
    const chosen = new Set();
    while (chosen.size < Math.min(count, list.length)) chosen.add(Math.floor(next() * list.length));
    return [...chosen].sort((a, b) => a - b).map((index) => list[index]);
  };
  return { next, int, pick, chance, some };
}

/** An NPI with a valid check digit (Luhn over the prefix 80840 and the first nine digits). */
export function npiOf(nineDigits) {
  const digits = `80840${nineDigits}`.split('').map(Number);
  let sum = 0;
  for (let index = digits.length - 1, double = true; index >= 0; index -= 1, double = !double) {
    const value = double ? digits[index] * 2 : digits[index];
    sum += value > 9 ? value - 9 : value;
  }
  return `${nineDigits}${(10 - (sum % 10)) % 10}`;
}
