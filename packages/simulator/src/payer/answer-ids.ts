import { createHash } from 'node:crypto';

function digest(seed: number, key: string, length: number): string {
  return createHash('sha256').update(`${seed}|${key}`).digest('hex').slice(0, length).toUpperCase();
}

/** A payer claim control number (REF*1K, CLP07) for a claim: `SIM` and 12 hex digits from the seed and the claim's key. */
export function payerClaimControlNumberFor(seed: number, key: string): string {
  return `SIM${digest(seed, `icn|${key}`, 12)}`;
}

/** A check/EFT trace number (TRN02): `SIMEFT` and 10 hex digits from the seed and the remittance's key. */
export function traceNumberFor(seed: number, key: string): string {
  return `SIMEFT${digest(seed, `trn|${key}`, 10)}`;
}

/** The default first control number of the answers: derived from the input and seed, from 1 to 900,000,000. */
export function controlNumberFor(seed: number, input: Buffer | string): number {
  return 1 + (Number.parseInt(createHash('sha256').update(`${seed}|`).update(input).digest('hex').slice(0, 8), 16) % 900_000_000);
}
