import Decimal from 'decimal.js';

/**
 * Decimal arithmetic for fee-schedule pricing: 40 significant digits (products of RVUs, GPCIs and conversion factors
 * stay exact) and half-up rounding (half away from zero), the one rounding rule of OpenRCM. A clone, so the
 * library's global settings stay untouched.
 */
export const PfsDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** A decimal value of {@link PfsDecimal}. */
export type PfsDecimal = Decimal;

/** `amount` (dollars) rounded half-up to the cent, as integer cents. */
export function toCentsHalfUp(amount: Decimal): number {
  return amount.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}
