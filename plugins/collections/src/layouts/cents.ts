/** The most cents a money field holds: twelve digits (9,999,999,999.99 dollars). */
export const MAX_CENTS = 999_999_999_999;

/** Whether `cents` is a whole, non-negative number of cents a money field holds. */
export function isStorableCents(cents: number): boolean {
  return Number.isSafeInteger(cents) && cents >= 0 && cents <= MAX_CENTS;
}

/** Cents as a decimal with two places and no sign, separator or symbol: `123450` → `1234.50`. */
export function centsToDecimal(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** A decimal with exactly two places (`1234.50`, up to ten integer digits) as cents, read from the text; else `undefined`. */
export function decimalToCents(text: string): number | undefined {
  const match = /^(\d{1,10})\.(\d{2})$/.exec(text);
  return match ? Number(match[1]) * 100 + Number(match[2]) : undefined;
}

/** Twelve digits of cents, zero-padded (`000000123450`), as cents; else `undefined`. */
export function digitsToCents(text: string): number | undefined {
  return /^\d{12}$/.test(text) ? Number(text) : undefined;
}
