import { SeededRandom } from '@openrcm/x12';

/** The simulator's deterministic generator: `@openrcm/x12`'s mulberry32 (the same seed gives the same sequence). */
export type Prng = SeededRandom;

/** FNV-1a hash of a text, mixed with a seed: a 32-bit seed that depends on both. */
export function seedFor(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A generator for one key (a claim, a file): its draws do not depend on what else the file holds. */
export function prngFor(seed: number, key: string): Prng {
  return new SeededRandom(seedFor(seed, key));
}
