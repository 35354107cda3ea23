/** The PFS conversion factors of a calendar year (dollars per RVU, decimal text). */
export interface ConversionFactors {
  readonly standard: string;
  /** For qualifying alternative payment model participants, from 2026 on. */
  readonly qualifyingApm?: string;
}

/**
 * Conversion factors by calendar year, used when the RVU file carries no CONV FACTOR column (or leaves it blank).
 * Source: the CY 2025 and CY 2026 PFS final rules (DOMAIN.md "Fee schedules and expected payment").
 */
export const CONVERSION_FACTORS: Readonly<Record<number, ConversionFactors>> = {
  2025: { standard: '32.3465' },
  2026: { standard: '33.4009', qualifyingApm: '33.5675' },
};
