import type { Prng } from './prng';
import type { DenialRule, DenialScope } from './payer-rules.types';

/** Draws at most one denial of a scope from the mix: one draw, walked through the cumulative rates. */
export function drawDenial(denials: readonly DenialRule[], scope: DenialScope, prng: Prng): DenialRule | undefined {
  const roll = prng.next();
  let cumulative = 0;
  for (const d of denials) {
    if (d.scope !== scope) continue;
    cumulative += d.rate;
    if (roll < cumulative) return d;
  }
  return undefined;
}
