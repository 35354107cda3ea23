import { ValidationError } from '@openrcm/sdk';
import { PfsDecimal } from './pfs-decimal';

const UNSIGNED_DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/** The most digits after the point a stored RVU, GPCI or conversion factor keeps (the columns are numeric(12,4)). */
export const MAX_FRACTION_DIGITS = 4;

/**
 * Reads a non-negative decimal (`0.45`, `1`, `1.000`, `.5`) from its text, exactly (never through a float); refuses
 * anything else, or more than four digits after the point, naming `field`.
 */
export function parseUnsignedDecimal(text: string, field: string): PfsDecimal {
  if (!UNSIGNED_DECIMAL.test(text)) throw new ValidationError([{ field, message: `"${text}" is not a non-negative decimal number` }]);
  const fraction = text.split('.')[1] ?? '';
  if (fraction.replace(/0+$/, '').length > MAX_FRACTION_DIGITS) {
    throw new ValidationError([{ field, message: `"${text}" has more than ${MAX_FRACTION_DIGITS} digits after the decimal point` }]);
  }
  return new PfsDecimal(text);
}
